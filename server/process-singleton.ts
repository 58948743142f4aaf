/**
 * One value per Node process, whatever module instance asks. Next.js bundles instrumentation, route
 * handlers and pages separately, so a module-level cache would exist once per bundle; a database or a
 * job queue opened once per bundle would split the process's state (PGlite instances on one folder
 * do not see each other's writes). The promise is dropped if it rejects, so the next call retries.
 */
export function processSingleton<T>(key: string, create: () => Promise<T>): Promise<T> {
  const store = globalThis as unknown as Record<symbol, Promise<T> | undefined>;
  const symbol = Symbol.for(`sequence-cpq.${key}`);
  store[symbol] ??= create().catch((error: unknown) => {
    store[symbol] = undefined;
    throw error;
  });
  return store[symbol];
}
