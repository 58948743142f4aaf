import { checkHealth } from "@/server/health/check-health";

export const dynamic = "force-dynamic";

/** Unauthenticated on purpose: it reveals nothing but whether the app can serve. */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
