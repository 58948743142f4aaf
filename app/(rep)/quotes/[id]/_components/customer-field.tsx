"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useCustomer } from "@/lib/api/customers";
import type { Customer } from "@/lib/schemas/customer";
import { fieldId, useBuilderForm } from "./builder-form-context";
import { CustomerSearch } from "./customer-search";
import { FieldMessages } from "./field-messages";
import { useFieldMessages } from "./use-field-messages";

/**
 * The quote's customer, changed through a search. A new customer brings its own recipients (its
 * billing contact), and its currency when the quote has none yet.
 */
export function CustomerField({ className }: { className?: string }) {
  const form = useBuilderForm();
  const customerId = useWatch({ control: form.control, name: "customerId" });
  const customer = useCustomer(customerId || undefined);
  const messages = useFieldMessages("customerId");
  const [searching, setSearching] = useState(false);
  const id = fieldId("customerId");

  const pick = (picked: Customer) => {
    setSearching(false);
    if (picked.id === customerId) return;
    const billing = picked.contacts.find((contact) => contact.billingPreference === "PRIMARY" && !contact.archivedAt);
    form.setValue("customerId", picked.id, { shouldDirty: true });
    form.setValue("contactIds", billing ? [billing.id] : [], { shouldDirty: true });
    if (form.getValues("currency") === "" && picked.currency) {
      form.setValue("currency", picked.currency, { shouldDirty: true });
    }
  };

  const name = customerId
    ? (customer.data?.legalName ?? (customer.isError ? "This customer could not be loaded" : "Loading…"))
    : "No customer yet";

  return (
    <div className={className}>
      <span id={`${id}-label`} className="mb-1 block text-xs font-medium text-slate-700">
        Customer
      </span>
      {searching ? (
        <CustomerSearch onPick={pick} onCancel={() => setSearching(false)} />
      ) : (
        <div className="flex items-center gap-2">
          <span className="truncate py-1 text-sm font-medium" id={`${id}-name`}>
            {name}
          </span>
          <button
            id={id}
            type="button"
            aria-describedby={[`${id}-name`, messages.length > 0 ? `${id}-problems` : ""].filter(Boolean).join(" ")}
            onClick={() => setSearching(true)}
            className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-50"
          >
            {customerId ? "Change customer" : "Choose customer"}
          </button>
        </div>
      )}
      <FieldMessages id={`${id}-problems`} messages={messages} />
    </div>
  );
}
