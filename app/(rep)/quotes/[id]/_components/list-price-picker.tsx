"use client";

import { useMemo, useState } from "react";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { listPriceToLine, quotableFrequency } from "@/lib/quotes/list-price-to-line";
import type { PriceFormValues } from "@/lib/quotes/quote-form-values";
import { useCatalog } from "./catalog-context";

type Option = { id: string; name: string; product: string; summary: string; searchText: string; quotable: boolean };

/**
 * Adds a line from the catalog: a combobox over the list prices in the quote's currency, searched
 * by product, price name or model as the rep types. Picking one copies it into the phase.
 */
export function ListPricePicker({
  phaseLabel,
  onPick,
}: {
  phaseLabel: string;
  onPick: (line: PriceFormValues) => void;
}) {
  const catalog = useCatalog();
  const [text, setText] = useState("");
  const options = useMemo<Option[]>(
    () =>
      catalog.listPrices.map((listPrice) => {
        const product = catalog.productNames.get(listPrice.productId) ?? "";
        const description = catalog.descriptions.get(listPrice.id);
        const summary = description ? `${description.model}: ${description.summary}` : "";
        return {
          id: listPrice.id,
          name: listPrice.name,
          product,
          summary,
          searchText: `${product} ${listPrice.name} ${summary}`.toLowerCase(),
          quotable: quotableFrequency(listPrice) !== undefined,
        };
      }),
    [catalog],
  );
  const query = text.trim().toLowerCase();
  const shown = query === "" ? options : options.filter((option) => option.searchText.includes(query));
  const unavailable =
    catalog.status === "idle"
      ? "Choose the quote's currency to pick prices from the catalog."
      : catalog.status === "error"
        ? "The catalog could not be loaded; reload the page to try again."
        : null;

  return (
    <ComboBox
      className="mt-3 max-w-md"
      items={shown}
      inputValue={text}
      onInputChange={setText}
      value={null}
      disabledKeys={options.filter((option) => !option.quotable).map((option) => option.id)}
      isDisabled={unavailable !== null}
      allowsEmptyCollection
      onChange={(key) => {
        const listPrice = key === null ? undefined : catalog.byId.get(String(key));
        if (!listPrice) return;
        setText("");
        onPick(listPriceToLine(listPrice));
      }}
    >
      <Label className="mb-1 block text-xs font-medium text-slate-700">
        Add a price<span className="sr-only"> to {phaseLabel}</span>
      </Label>
      <div className="flex">
        <Input
          placeholder={catalog.status === "loading" ? "Loading the catalog…" : "Search the catalog"}
          className="w-full rounded-l border border-slate-300 px-2 py-1 text-sm"
        />
        <Button className="rounded-r border border-l-0 border-slate-300 px-2 text-sm" aria-label="Show all prices">
          ▾
        </Button>
      </div>
      {unavailable ? (
        <Text slot="description" className="mt-1 block text-xs text-slate-600">
          {unavailable}
        </Text>
      ) : null}
      <Popover className="w-(--trigger-width) min-w-96 overflow-auto rounded border border-slate-200 bg-white shadow-lg">
        <ListBox
          className="max-h-72 p-1 text-sm outline-none"
          renderEmptyState={() => <p className="p-2 text-slate-600">No list price matches “{text}”.</p>}
        >
          {(option: Option) => (
            <ListBoxItem
              id={option.id}
              textValue={`${option.product} – ${option.name}`}
              className="cursor-default rounded px-2 py-1 outline-none data-disabled:opacity-50 data-focused:bg-blue-700 data-focused:text-white"
            >
              <Text slot="label" className="block font-medium">
                {option.name}
                {option.product && option.product !== option.name ? ` (${option.product})` : ""}
              </Text>
              <Text slot="description" className="block text-xs">
                {option.quotable ? option.summary : "Billed on demand or per event: cannot be quoted"}
              </Text>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
