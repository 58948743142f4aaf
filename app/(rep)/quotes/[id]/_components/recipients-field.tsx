"use client";

import { useController, useWatch } from "react-hook-form";
import { useCustomer } from "@/lib/api/customers";
import { fieldId, useBuilderForm } from "./builder-form-context";
import { FieldMessages } from "./field-messages";
import { useFieldMessages } from "./use-field-messages";

/** Who receives the quote: some of the customer's contacts (`contactIds`). */
export function RecipientsField() {
  const form = useBuilderForm();
  const customerId = useWatch({ control: form.control, name: "customerId" });
  const customer = useCustomer(customerId || undefined);
  const { field } = useController({ control: form.control, name: "contactIds" });
  const messages = useFieldMessages("contactIds");
  const contacts = (customer.data?.contacts ?? []).filter((contact) => !contact.archivedAt);
  const id = fieldId("contactIds");
  const toggle = (contactId: string, checked: boolean) =>
    field.onChange(checked ? [...field.value, contactId] : field.value.filter((value) => value !== contactId));

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={messages.length > 0 ? `${id}-problems` : undefined}
      className="mt-3"
    >
      <legend className="mb-1 text-xs font-medium text-slate-700">Recipients</legend>
      {!customerId ? (
        <p className="text-sm text-slate-600">Choose the customer first; its contacts can receive the quote.</p>
      ) : contacts.length === 0 ? (
        <p className="text-sm text-slate-600">
          {customer.isPending ? "Loading contacts…" : "This customer has no contacts."}
        </p>
      ) : (
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={field.value.includes(contact.id)}
                  onChange={(event) => toggle(contact.id, event.target.checked)}
                />
                <span>
                  {contact.name} <span className="text-slate-600">{contact.email}</span>
                  {contact.billingPreference === "PRIMARY" ? (
                    <span className="text-slate-600"> · billing contact</span>
                  ) : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldMessages id={`${id}-problems`} messages={messages} />
    </fieldset>
  );
}
