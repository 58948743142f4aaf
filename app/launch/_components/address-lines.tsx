import type { Address } from "@/lib/schemas/customer";

/** An address as it would be printed on an invoice, one line per part. */
export function AddressLines({ address }: { address: Address }) {
  const lines = [
    address.line1,
    address.line2,
    [address.town, address.state, address.postcode].filter(Boolean).join(" "),
    address.country,
  ].filter(Boolean);
  return (
    <address className="not-italic">
      {lines.map((line, index) => (
        <span key={index} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
