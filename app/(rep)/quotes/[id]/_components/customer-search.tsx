"use client";

import { useEffect, useRef, useState } from "react";
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from "react-aria-components";
import { useCustomerSearch } from "@/lib/api/customers";
import type { Customer } from "@/lib/schemas/customer";
import { useDebouncedValue } from "./use-debounced-value";

/** Finds a customer by legal name (the API searches; this only asks). */
export function CustomerSearch({ onPick, onCancel }: { onPick: (customer: Customer) => void; onCancel: () => void }) {
  const [text, setText] = useState("");
  const query = useDebouncedValue(text.trim(), 250);
  const search = useCustomerSearch(query);
  // The answer may be for what was typed a moment ago: show only what matches what is typed now, so
  // Enter never picks a customer the text no longer describes.
  const typed = text.trim().toLowerCase();
  const customers = (search.data?.items ?? []).filter((customer) => customer.legalName.toLowerCase().includes(typed));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  return (
    <div className="flex items-start gap-2">
      <ComboBox
        className="flex-1"
        items={customers}
        inputValue={text}
        onInputChange={setText}
        menuTrigger="focus"
        allowsEmptyCollection
        onChange={(key) => {
          const customer = customers.find((candidate) => candidate.id === key);
          if (customer) onPick(customer);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape" && text === "") onCancel();
        }}
      >
        <Label className="sr-only">Find a customer by legal name</Label>
        <Input
          ref={input}
          placeholder="Type a customer's legal name"
          className="w-full rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <Popover className="w-(--trigger-width) overflow-auto rounded border border-slate-200 bg-white shadow-lg">
          <ListBox
            className="max-h-64 p-1 text-sm outline-none"
            renderEmptyState={() => (
              <p className="p-2 text-slate-600">
                {search.isFetching || query !== text.trim() ? "Searching…" : "No customer matches."}
              </p>
            )}
          >
            {(customer: Customer) => (
              <ListBoxItem
                id={customer.id}
                textValue={customer.legalName}
                className="cursor-default rounded px-2 py-1 outline-none data-focused:bg-blue-700 data-focused:text-white"
              >
                {customer.legalName}
                <span className="ml-2 text-xs opacity-80">
                  {customer.address.town}, {customer.address.country}
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-2 py-1 text-sm">
        Cancel
      </button>
    </div>
  );
}
