import { z } from "zod";
import { canonicalId18 } from "@/lib/salesforce/record-id";
import { addressSchema } from "@/lib/schemas/customer";
import { uuidSchema } from "@/lib/schemas/primitives";

/** Every opportunity id starts with this key prefix (reference/salesforce.md §2.12). */
const OPPORTUNITY_KEY_PREFIX = "006";

/**
 * An opportunity id as the button sends it (`{!Opportunity.Id}`: 15 case-sensitive characters) or
 * as the API and Canvas send it (18), normalised to the 18-character form.
 */
export const opportunityIdSchema = z
  .string({ error: "is required: open this page with the Create Sequence Quote button on an opportunity" })
  .trim()
  .transform((value, ctx) => {
    const id = canonicalId18(value);
    if (!id) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a Salesforce record id (15 or 18 letters and digits)`,
      });
      return z.NEVER;
    }
    if (!id.startsWith(OPPORTUNITY_KEY_PREFIX)) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is the id of another kind of record; opportunity ids start with ${OPPORTUNITY_KEY_PREFIX}`,
      });
      return z.NEVER;
    }
    return id;
  });

export const launchParamsSchema = z.object({ id: opportunityIdSchema });

/** `POST /api/launch/opportunities/{id}/link`: link this customer to the opportunity's account. */
export const linkCustomerBodySchema = z.strictObject({ customerId: uuidSchema });

const salesforceRecordSchema = z.object({ id: z.string(), name: z.string(), url: z.string() });

export const launchOpportunitySchema = salesforceRecordSchema.extend({
  stageName: z.string(),
  closeDate: z.string().nullable(),
  amount: z.string().nullable(),
  currency: z.string().nullable(),
});

export const launchAccountSchema = salesforceRecordSchema.extend({ currency: z.string().nullable() });

export const launchCustomerSchema = z.object({ id: z.string(), legalName: z.string(), archived: z.boolean() });

/** Something on a Salesforce record that stops us creating the customer from it, and where to fix it. */
export const accountProblemSchema = z.object({
  message: z.string(),
  record: salesforceRecordSchema.extend({ type: z.enum(["Account", "Contact"]) }),
  /** The field's API name, when one field is at fault. */
  field: z.string().nullable(),
});

/** The customer that creating it from the account would give. */
export const customerProposalSchema = z.object({
  legalName: z.string(),
  url: z.string().optional(),
  currency: z.string().optional(),
  address: addressSchema,
  billingContact: z.object({ name: z.string(), email: z.string(), address: addressSchema }),
});

export const launchLinkSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("no_account") }),
  z.object({
    status: z.literal("linked"),
    customer: launchCustomerSchema,
    /** The two sides disagree; `POST …/link` with this customer brings them back in line. */
    repair: z.object({ customerId: z.string(), message: z.string() }).nullable(),
  }),
  z.object({
    status: z.literal("not_linked"),
    /** Why a value in the account's Sequence Customer ID is not taken as a link. */
    notice: z.string().nullable(),
    proposal: z.discriminatedUnion("ready", [
      z.object({ ready: z.literal(true), customer: customerProposalSchema }),
      z.object({ ready: z.literal(false), problems: z.array(accountProblemSchema).min(1) }),
    ]),
  }),
]);

/** `GET /api/launch/opportunities/{id}`: what the launch page shows. */
export const launchViewSchema = z.object({
  opportunity: launchOpportunitySchema,
  account: launchAccountSchema.nullable(),
  link: launchLinkSchema,
});

/** The answer to creating or linking the account's customer: what happened on both sides, and the new view. */
export const launchLinkResultSchema = z.object({
  outcome: z.enum(["created", "linked", "already_linked"]),
  customer: launchCustomerSchema,
  /** What was done on our side, in a sentence. */
  notice: z.string(),
  salesforce: z.object({ status: z.enum(["written", "unchanged", "failed"]), message: z.string() }),
  view: launchViewSchema,
});

export type LinkCustomerBody = z.infer<typeof linkCustomerBodySchema>;
export type LaunchOpportunity = z.infer<typeof launchOpportunitySchema>;
export type LaunchAccount = z.infer<typeof launchAccountSchema>;
export type LaunchCustomer = z.infer<typeof launchCustomerSchema>;
export type AccountProblem = z.infer<typeof accountProblemSchema>;
export type CustomerProposal = z.infer<typeof customerProposalSchema>;
export type LaunchLink = z.infer<typeof launchLinkSchema>;
export type LaunchView = z.infer<typeof launchViewSchema>;
export type LaunchLinkResult = z.infer<typeof launchLinkResultSchema>;
