/** Next.js calls this once per server process before serving; the Node runtime does the start-up work. */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next.js itself, not configuration, so it is read here rather than in server/env.ts.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerServices } = await import("@/server/boot/start-server-services");
    await startServerServices();
  }
}
