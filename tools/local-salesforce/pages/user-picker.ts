import { html, type SafeHtml } from "@/tools/local-salesforce/pages/html";
import { ROLE_LABELS } from "@/tools/local-salesforce/pages/page-shell";
import { demoUsers } from "@/tools/local-salesforce/seed/demo-users";

/**
 * Sign-in by choosing a demo user: one submit button per user, named "Log in as <name>", so a
 * person and a Playwright test (getByRole("button", { name: "Log in as Rita Reyes" })) pick alike.
 */
export function userPicker(action: string, hidden: Record<string, string>): SafeHtml {
  const fields = Object.entries(hidden).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`,
  );
  const choices = demoUsers.map(
    (user) =>
      html`<li>
        <button class="button" type="submit" name="username" value="${user.username}">
          Log in as ${user.firstName} ${user.lastName}
        </button>
        <span class="muted">${ROLE_LABELS[user.role]} · ${user.username}</span>
      </li>`,
  );
  return html`<form method="post" action="${action}">
    ${fields}
    <fieldset>
      <legend>Choose a demo user (no password needed here; the password grant uses "password")</legend>
      <ul class="users">
        ${choices}
      </ul>
    </fieldset>
  </form>`;
}
