import { html, SafeHtml } from "@/tools/local-salesforce/pages/html";
import type { DemoRole, DemoUser } from "@/tools/local-salesforce/seed/demo-users";

export const ROLE_LABELS: Record<DemoRole, string> = {
  rep: "Sales rep",
  approver: "Sales manager (approver)",
  admin: "Administrator",
};

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#181818;background:#f3f3f3;line-height:1.45}
a{color:#0b5cab}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
header{background:#032d60;color:#fff;padding:.75rem 1.5rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between}
header a{color:#fff}header p{margin:0}
.notice{background:#fef1cd;color:#3e3e3c;padding:.4rem .75rem;margin:0 0 1rem;font-size:.9rem;border-radius:.25rem}
main{max-width:72rem;margin:1.5rem auto;padding:0 1.5rem}
section,article{background:#fff;border:1px solid #dddbda;border-radius:.25rem;padding:1rem 1.25rem;margin-bottom:1rem}
h1{font-size:1.6rem;margin:.25rem 0 1rem}h2{font-size:1.2rem;margin-top:0}h3{font-size:1.05rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.5rem;margin:0}dt{color:#514f4d}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #dddbda;padding:.35rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600;padding:.25rem 0}
.button{display:inline-block;background:#0176d3;color:#fff;padding:.5rem 1rem;border-radius:.25rem;text-decoration:none;font-weight:600;border:0;font-size:1rem;cursor:pointer}
.button:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #1b96ff;outline-offset:2px}
ul.users{list-style:none;padding:0}ul.users li{margin:.5rem 0}
.muted{color:#514f4d}
`;

/** The frame of every page: landmarks, the signed-in user, and a plain note that this is not Salesforce. */
export function pageShell(options: { title: string; user: DemoUser | null; main: SafeHtml }): string {
  const { title, user, main } = options;
  const signedIn = user
    ? html`<p>Signed in as <strong>${user.firstName} ${user.lastName}</strong> (${ROLE_LABELS[user.role]})</p>
        <form method="post" action="/secur/logout.jsp"><button class="button" type="submit">Sign out</button></form>`
    : html`<p>Not signed in</p>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} | Local Salesforce</title>
        <style>
          ${new SafeHtml(STYLE)}
        </style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to main content</a>
        <header>
          <p><strong>Local Salesforce</strong></p>
          <nav aria-label="Main"><a href="/lightning/o/Opportunity/list">Opportunities</a></nav>
          <div>${signedIn}</div>
        </header>
        <main id="main">
          <p class="notice" role="note">
            A local stand-in for a Salesforce org, for development and tests. It is not Salesforce.
          </p>
          ${main}
        </main>
      </body>
    </html> `.value;
}
