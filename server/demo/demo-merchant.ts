import type { MerchantBranding } from "@/lib/schemas/quote";

/** The company selling in the demo: the seller on its quotes unless MERCHANT_BRANDING says otherwise. */
export const demoMerchantBranding: MerchantBranding = {
  legalCompanyName: "Sequence CPQ Demo Ltd",
  url: "https://sequence-demo.test",
  address: { line1: "1 Demo Street", town: "London", postcode: "EC1A 1AA", country: "GB" },
  email: "billing@sequence-demo.test",
};
