import { z } from "zod";
import { countryCodeSchema, stateCodeSchema } from "@/lib/schemas/geography";
import { listQuerySchema, queryBooleanSchema } from "@/lib/schemas/pagination";
import {
  currencySchema,
  integrationIdRequestSchema,
  integrationIdSchema,
  requiredTextSchema,
  uuidSchema,
} from "@/lib/schemas/primitives";

/** Sequence's address: `town` and `postcode` (not city / zip); `state` is required in the US and Canada. */
export const addressSchema = z
  .strictObject({
    line1: requiredTextSchema(255),
    line2: z.string().trim().max(255).optional(),
    town: requiredTextSchema(100),
    state: stateCodeSchema.optional(),
    postcode: requiredTextSchema(20),
    country: countryCodeSchema,
  })
  .superRefine((address, ctx) => {
    if ((address.country === "US" || address.country === "CA") && !address.state) {
      ctx.addIssue({
        code: "custom",
        path: ["state"],
        message: `is required for addresses in ${address.country === "US" ? "the United States" : "Canada"}`,
      });
    }
  });

export const billingPreferenceSchema = z.enum(["PRIMARY", "STANDARD", "NONE"]);

export const contactBodySchema = z.strictObject({
  name: requiredTextSchema(255),
  email: z.email({ error: "must be an email address" }),
  billingPreference: billingPreferenceSchema,
  /** Extension: the contact's mailing address, kept when the contact comes from Salesforce. */
  address: addressSchema.optional(),
});

/** `POST /api/customers` and `PUT /api/customers/{id}` (2024-07-30 `CreateOrUpdateCustomerRequest`). */
export const createCustomerBodySchema = z
  .strictObject({
    legalName: requiredTextSchema(255),
    address: addressSchema,
    url: z.string().max(2048).optional(),
    label: z.string().max(255).optional(),
    taxStatus: z.enum(["TAXED", "TAX_EXEMPT", "REVERSE_CHARGED"]).default("TAXED"),
    customerAliases: z.array(z.string().min(1)).optional(),
    integrationIds: z.array(integrationIdRequestSchema).optional(),
    /** Kept as given, even when it names no customer here: the spec's own example names one that may not exist. */
    parentId: uuidSchema.optional(),
    contacts: z.array(contactBodySchema).min(1, { error: "needs at least one contact" }),
    pushToIntegrations: z.array(z.enum(["Xero"])).optional(),
    status: z.enum(["DRAFT", "ACTIVE"]).default("ACTIVE"),
    customProperties: z.record(z.string(), z.string()).optional(),
    /** Extension: the currency the customer is quoted and billed in by default. */
    currency: currencySchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (!body.contacts.some((contact) => contact.billingPreference === "PRIMARY")) {
      ctx.addIssue({
        code: "custom",
        path: ["contacts"],
        message: 'needs one contact with billingPreference "PRIMARY" (the billing contact)',
      });
    }
    const salesforceIds = (body.integrationIds ?? []).filter((link) => link.service === "Salesforce");
    if (salesforceIds.length > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["integrationIds"],
        message: "a customer links to at most one Salesforce account",
      });
    }
  });

export const updateCustomerBodySchema = createCustomerBodySchema;

export const listCustomersQuerySchema = listQuerySchema.extend({
  legalName: z.string().optional(),
  email: z.string().optional(),
  alias: z.string().optional(),
  label: z.string().optional(),
  includeArchived: queryBooleanSchema.optional(),
  /** ACTIVE: customers with an active billing schedule; INACTIVE: the others. */
  billingStatus: z.enum(["ACTIVE", "INACTIVE"], { error: 'must be "ACTIVE" or "INACTIVE"' }).optional(),
  /** Creation time unless given; `customProperties.<key>` sorts by a custom property, as in Sequence. */
  sortBy: z
    .string()
    .regex(/^(createdAt|updatedAt|legalName|customProperties\..+)$/, {
      error: "must be createdAt, updatedAt, legalName or customProperties.<key>",
    })
    .default("createdAt"),
});

export const contactSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  billingPreference: billingPreferenceSchema,
  address: addressSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().optional(),
});

export const customerSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  organizations: z.array(z.unknown()),
  legalName: z.string(),
  address: addressSchema,
  url: z.string().optional(),
  label: z.string().optional(),
  domain: z.string().optional(),
  integrationIds: z.array(integrationIdSchema),
  archivedAt: z.string().optional(),
  taxStatus: z.enum(["TAXED", "TAX_EXEMPT", "REVERSE_CHARGED"]),
  contacts: z.array(contactSchema),
  status: z.enum(["DRAFT", "ACTIVE"]),
  customProperties: z.record(z.string(), z.string()),
  customerAliases: z.array(z.string()),
  parentId: z.string().optional(),
  currency: currencySchema.optional(),
});

export type Address = z.infer<typeof addressSchema>;
export type ContactBody = z.infer<typeof contactBodySchema>;
export type CreateCustomerBody = z.infer<typeof createCustomerBodySchema>;
export type UpdateCustomerBody = z.infer<typeof updateCustomerBodySchema>;
export type ListCustomersQuery = z.infer<typeof listCustomersQuerySchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Customer = z.infer<typeof customerSchema>;
