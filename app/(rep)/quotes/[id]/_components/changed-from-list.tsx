"use client";

import { useWatch } from "react-hook-form";
import { quotedStructureKey } from "@/lib/quotes/structure-key";
import { useBuilderForm } from "./builder-form-context";
import { useCatalog } from "./catalog-context";

/** Says when the quoted structure no longer matches the list price it was copied from. */
export function ChangedFromList({
  base,
  listPriceId,
}: {
  base: `phases.${number}.prices.${number}`;
  listPriceId?: string;
}) {
  const { control } = useBuilderForm();
  const structure = useWatch({ control, name: `${base}.structure` });
  const listed = useCatalog().structureKeys.get(listPriceId ?? "");
  if (listed === undefined || quotedStructureKey(structure) === listed) return null;
  return <p className="mt-0.5 inline-block rounded bg-amber-100 px-1.5 text-xs text-amber-900">Differs from list</p>;
}
