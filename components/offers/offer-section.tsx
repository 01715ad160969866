import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { formatPayRange } from "@/lib/domain/format-pay";
import { offerStatusLabels } from "@/lib/domain/offer-types";
import type { ApplicationOffers, OfferView } from "@/lib/services/offers-read";
import { DraftOfferForm } from "./draft-offer-form";
import { OfferStepForm } from "./offer-step-form";

const historyLabels: Record<string, string> = {
  "offer.draft": "Drafted",
  "offer.approve": "Approved",
  "offer.extend": "Marked extended",
  "offer.accept": "Accepted",
  "offer.decline": "Declined",
  "offer.withdraw": "Withdrawn",
};

function amount(offer: OfferView): string {
  return formatPayRange({ min: offer.salary, max: offer.salary, currency: offer.currency, period: offer.payPeriod });
}

function OfferCard({ offer, current }: { offer: OfferView; current: boolean }) {
  return (
    <article aria-label={current ? "Current offer" : `Earlier offer, ${offerStatusLabels[offer.status].toLowerCase()}`} className="rounded-md border border-slate-200 p-4">
      <p className="text-sm">
        Status: <strong>{offerStatusLabels[offer.status]}</strong>
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Salary</dt>
        <dd>{amount(offer)}</dd>
        <dt className="text-slate-600">Start date</dt>
        <dd>{offer.startDate}</dd>
        {offer.notes ? (
          <>
            <dt className="text-slate-600">Notes</dt>
            <dd className="whitespace-pre-line">{offer.notes}</dd>
          </>
        ) : null}
        {offer.outsideRange ? (
          <>
            <dt className="text-slate-600">Pay range</dt>
            <dd className="text-amber-800">Outside the requisition&apos;s range{offer.exceptionReason ? ` — exception approved: ${offer.exceptionReason}` : " — needs an admin's exception"}</dd>
          </>
        ) : null}
      </dl>
      {offer.steps.length > 0 ? (
        <div className="mt-3 flex flex-wrap items-start gap-2">
          {offer.steps.map((step) => (
            <OfferStepForm key={step} offerId={offer.id} version={offer.version} step={step} needsReason={step === "approve" && offer.outsideRange} />
          ))}
        </div>
      ) : null}
      <h4 className="mt-3 text-sm font-medium">History</h4>
      <ol className="mt-1 space-y-0.5 text-sm text-slate-700">
        {offer.history.map((entry) => (
          <li key={entry.id}>
            {historyLabels[entry.action] ?? entry.action} by {entry.actorName ?? "the system"}, <LocalTime value={entry.at} />
          </li>
        ))}
      </ol>
    </article>
  );
}

/** The offer section of the application page: only ever rendered for those who may handle offers. */
export function OfferSection({ data }: { data: ApplicationOffers }) {
  const [latest, ...earlier] = data.offers;
  const filled = data.requisition.status === "closed" && data.requisition.closeReason === "filled";
  return (
    <section aria-labelledby="offer-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="offer-heading" className="font-semibold">
        Offer
      </h2>
      <p className="text-sm text-slate-600">
        {data.payRange ? `Pay range for this requisition: ${formatPayRange(data.payRange)}. ` : "This requisition has no pay range. "}
        An admin approves every offer{data.payRange ? ", and any exception to the range" : ""}.
      </p>
      {filled ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
          The requisition is filled and closed.{" "}
          <Link href={`/dashboard/requisitions/${data.requisition.id}/remaining`} className="font-medium underline">
            Close out the remaining candidates
          </Link>
        </p>
      ) : null}
      {latest && !data.canDraft ? <OfferCard offer={latest} current /> : null}
      {data.canDraft ? <DraftOfferForm applicationId={data.applicationId} payRange={data.payRange} /> : null}
      {(data.canDraft ? data.offers : earlier).map((offer) => (
        <OfferCard key={offer.id} offer={offer} current={false} />
      ))}
      {!latest && !data.canDraft ? <p className="text-sm text-slate-600">No offer can be made while the candidate is not in the process.</p> : null}
    </section>
  );
}
