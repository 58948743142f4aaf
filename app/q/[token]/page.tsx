import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BuyerQuoteDocument } from "@/app/q/[token]/_components/buyer-quote-document";
import { getBuyerQuote } from "@/server/quotes/get-buyer-quote";

/** The link is the only key to the quote: keep it out of search engines and out of Referer headers. */
export const metadata: Metadata = {
  title: "Your quote",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};
export const dynamic = "force-dynamic";

export default async function BuyerQuotePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const buyerQuote = await getBuyerQuote({ token });
  if (!buyerQuote) notFound();
  return <BuyerQuoteDocument buyerQuote={buyerQuote} />;
}
