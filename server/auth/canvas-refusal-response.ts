import "server-only";

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The page Salesforce's Canvas frame shows when the app refuses its signed request. A route handler
 * answers the Canvas POST, so this is plain HTML: one heading, what went wrong, what to do.
 */
export function canvasRefusalResponse(status: number, reason: string): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sequence CPQ could not open</title>
<style>body{font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc;margin:0}main{max-width:40rem;margin:3rem auto;padding:0 1.5rem}p{line-height:1.5}.alert{border:1px solid #fecaca;background:#fef2f2;color:#7f1d1d;padding:1rem;border-radius:.25rem}</style>
</head>
<body>
<main>
<h1>Sequence CPQ could not open</h1>
<p class="alert" role="alert">Salesforce's request to open the app was refused: ${escape(reason)}.</p>
<p>Reload the page in Salesforce to try again. If this keeps happening, ask your Salesforce admin to check that the Sequence CPQ canvas app's consumer secret matches the one Sequence CPQ is configured with.</p>
</main>
</body>
</html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
