import { ApiError } from "@/server/api/api-error";
import type { Actor } from "@/server/auth/actor";

/** Admin pages and endpoints: an admin user, or a machine client (API keys act for the workspace). */
export function assertAdmin(actor: Actor): void {
  if (actor.kind === "apiKey" || actor.role === "admin") return;
  throw ApiError.forbidden("Only admins can do this; ask an admin to change your role if you need to.");
}
