import { displayDate } from "@/app/launch/_components/display-date";
import { displayMoney } from "@/app/launch/_components/display-money";
import type { LaunchAccount, LaunchOpportunity } from "@/lib/schemas/launch";

/** The opportunity as Salesforce shows it to the rep. Salesforce links leave the frame (`_top`). */
export function OpportunitySummary({
  opportunity,
  account,
}: {
  opportunity: LaunchOpportunity;
  account: LaunchAccount | null;
}) {
  const facts: [string, string][] = [
    ["Stage", opportunity.stageName],
    ["Close date", opportunity.closeDate ? displayDate(opportunity.closeDate) : "—"],
    ["Amount", opportunity.amount ? displayMoney(opportunity.amount, opportunity.currency) : "—"],
    ["Currency", opportunity.currency ?? "—"],
  ];
  return (
    <>
      <p className="text-sm text-slate-600">Opportunity in Salesforce</p>
      <h1 className="text-2xl font-semibold">{opportunity.name}</h1>
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-5">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
        <div>
          <dt className="text-slate-600">Account</dt>
          <dd className="font-medium">
            {account ? (
              <a className="text-blue-800 underline" href={account.url} target="_top">
                {account.name}
              </a>
            ) : (
              "None"
            )}
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-sm">
        <a className="text-blue-800 underline" href={opportunity.url} target="_top">
          Back to the opportunity in Salesforce
        </a>
      </p>
    </>
  );
}
