"use client";

import { memo } from "react";
import { CurrencyField } from "./currency-field";
import { CustomerField } from "./customer-field";
import { RecipientsField } from "./recipients-field";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

const dealTypes = [
  { value: "NEW_BUSINESS", label: "New business" },
  { value: "RENEWAL", label: "Renewal" },
];

/** Who the quote is for and when it starts: everything above the phases. */
export const QuoteHeaderFields = memo(function QuoteHeaderFields() {
  return (
    <section aria-labelledby="quote-details" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="quote-details" className="mb-3 text-base font-semibold">
        Details
      </h2>
      <div className="grid grid-cols-12 gap-3">
        <TextField name="title" label="Title" className="col-span-6" />
        <CustomerField className="col-span-6" />
        <CurrencyField className="col-span-3" />
        <SelectField
          name="dealType"
          label="Deal type"
          options={dealTypes}
          placeholder="Not set"
          className="col-span-3"
        />
        <TextField name="preliminaryBillingStartDate" label="Start date" type="date" className="col-span-3" />
        <TextField name="expiryDays" label="Expires after (days)" inputMode="numeric" className="col-span-3" />
      </div>
      <RecipientsField />
    </section>
  );
});
