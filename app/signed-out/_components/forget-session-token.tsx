"use client";

import { useEffect } from "react";
import { setSessionToken } from "@/lib/api/session-token";

/** Signing out also forgets the Canvas fallback session this tab may hold. */
export function ForgetSessionToken() {
  useEffect(() => setSessionToken(undefined), []);
  return null;
}
