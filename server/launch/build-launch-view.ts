import { salesforceRecordUrl } from "@/lib/salesforce/record-url";
import type { LaunchLink, LaunchView } from "@/lib/schemas/launch";
import { mapAccountToCustomer } from "@/server/launch/map-account-to-customer";
import type { ResolvedLink } from "@/server/launch/resolve-customer-link";
import { toLaunchCustomer } from "@/server/launch/to-launch-customer";
import type { LaunchOpportunityRecord } from "@/server/salesforce/read-opportunity-for-launch";

/**
 * The launch page's data from what one launch request learned: the opportunity and account as
 * Salesforce showed them to the user, and the state of the account's customer link (null when the
 * opportunity has no account). An unlinked account comes with the customer it would create, or
 * with every problem that stops it.
 */
export function buildLaunchView({
  opportunity,
  instanceUrl,
  link,
}: {
  opportunity: LaunchOpportunityRecord;
  instanceUrl: string;
  link: ResolvedLink | null;
}): LaunchView {
  const account = opportunity.account;
  let view: LaunchLink;
  if (!account || !link) view = { status: "no_account" };
  else if (link.status === "linked") {
    view = { status: "linked", customer: toLaunchCustomer(link.customer), repair: link.repair };
  } else {
    const mapping = mapAccountToCustomer({ account, instanceUrl });
    view = {
      status: "not_linked",
      notice: link.notice,
      proposal: mapping.ready
        ? { ready: true, customer: mapping.proposal }
        : { ready: false, problems: mapping.problems },
    };
  }
  return {
    opportunity: {
      id: opportunity.id,
      name: opportunity.name,
      url: salesforceRecordUrl(instanceUrl, "Opportunity", opportunity.id),
      stageName: opportunity.stageName,
      closeDate: opportunity.closeDate,
      amount: opportunity.amount,
      currency: opportunity.currency,
    },
    account: account
      ? {
          id: account.id,
          name: account.name,
          url: salesforceRecordUrl(instanceUrl, "Account", account.id),
          currency: account.currency,
        }
      : null,
    link: view,
  };
}
