type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[] | undefined>> },
) => Promise<Response>;

export type CallOptions = {
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
};

/** Calls a route handler as Next.js would and returns the status, headers and parsed JSON body. */
export async function callRoute(
  handler: RouteHandler,
  method: string,
  path: string,
  options: CallOptions = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on arbitrary response JSON
): Promise<{ status: number; headers: Headers; json: any }> {
  const url = new URL(path, "http://localhost");
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const request = new Request(url, {
    method,
    headers: { "content-type": "application/json", ...options.headers },
    ...(body !== undefined ? { body } : {}),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}
