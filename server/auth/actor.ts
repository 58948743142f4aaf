import type { UserRole } from "@/lib/schemas/user";

/** Who is making a request: a machine client with an API key, or a signed-in person. */
export type Actor =
  { kind: "apiKey"; apiKeyId: string; name: string } | { kind: "user"; userId: string; role: UserRole; name: string };
