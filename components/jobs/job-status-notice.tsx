import Link from "next/link";
import type { CloseReason } from "@/lib/domain/requisition-types";
import type { PublicJobStatus } from "@/lib/services/public-jobs";

/** Why a job takes no applications, in the words candidates should read; null for an open job. */
export function jobStatusMessage(status: PublicJobStatus, closeReason: CloseReason | null): string | null {
  if (status === "paused") return "This job is paused — applications are not being accepted right now.";
  if (status === "closed") return closeReason === "filled" ? "This position has been filled." : "This job is no longer open.";
  return null;
}

/** Shown instead of the apply link on a paused or closed job. */
export function JobStatusNotice({ status, closeReason }: { status: PublicJobStatus; closeReason: CloseReason | null }) {
  const message = jobStatusMessage(status, closeReason);
  if (!message) return null;
  return (
    <div className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="font-medium text-amber-950">{message}</p>
      <p className="mt-2 text-sm text-slate-700">
        <Link href="/jobs" className="text-brand-700 underline">
          See the jobs that are open now
        </Link>
      </p>
    </div>
  );
}
