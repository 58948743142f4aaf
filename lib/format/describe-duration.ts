import type { Duration } from "@/lib/schemas/quote-pricing";

const units = [
  ["years", "year"],
  ["months", "month"],
  ["weeks", "week"],
  ["days", "day"],
] as const;

/** A phase's duration for people: "1 year, 6 months"; no duration is an open-ended phase. */
export function describeDuration(duration: Duration | null | undefined): string {
  if (!duration) return "open-ended";
  return units
    .filter(([key]) => duration[key] > 0)
    .map(([key, unit]) => `${duration[key]} ${unit}${duration[key] === 1 ? "" : "s"}`)
    .join(", ");
}
