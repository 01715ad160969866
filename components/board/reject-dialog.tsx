"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { bulkBoardAction, rejectApplicationAction } from "@/lib/actions/board-actions";
import type { BoardCardView, RejectionReasonView } from "./board-types";
import { ReasonFields } from "./reason-fields";

export type RejectOutcome =
  | { ok: true; message: string; undo: { stageEventId: string; emailScheduledFor: string } | null }
  | { ok: false; message: string };

interface Props {
  cards: BoardCardView[];
  reasons: RejectionReasonView[];
  onClose: () => void;
  onDone: (outcome: RejectOutcome) => void;
}

/** Asks for the reason (required) before rejecting one card or every selected card. */
export function RejectDialog({ cards, reasons, onClose, onDone }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const open = cards.length > 0;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setError(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (formData: FormData) => {
    startTransition(async () => {
      const first = cards[0];
      if (!first) return;
      if (cards.length === 1) {
        formData.set("applicationId", first.id);
        formData.set("expectedVersion", String(first.version));
        const result = await rejectApplicationAction(undefined, formData);
        if (!result.ok) {
          setError(result.error);
          return;
        }
        const { stageEventId, emailScheduledFor } = result.data;
        onDone({ ok: true, message: `Rejected ${first.candidateName}.`, undo: emailScheduledFor ? { stageEventId, emailScheduledFor } : null });
        return;
      }
      formData.set("operation", "reject");
      formData.set("items", JSON.stringify(cards.map((c) => ({ applicationId: c.id, expectedVersion: c.version }))));
      const result = await bulkBoardAction(undefined, formData);
      onDone(result.ok ? { ok: true, message: result.message ?? "Rejected.", undo: null } : { ok: false, message: result.error });
    });
  };

  const title = cards.length === 1 ? `Reject ${cards[0]?.candidateName}` : `Reject ${cards.length} candidates`;
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="reject-title" className="m-auto w-full max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
      <h2 id="reject-title" className="text-lg font-semibold">
        {title}
      </h2>
      <form action={submit} className="mt-4 space-y-3">
        {error ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        {open ? <ReasonFields idPrefix="reject-dialog" reasons={reasons} /> : null}
        <div className="flex gap-2">
          <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-600 disabled:opacity-60">
            {pending ? "Rejecting…" : "Reject"}
          </button>
          <button type="button" onClick={onClose} className="rounded-md border border-slate-400 px-4 py-2 hover:bg-slate-100">
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
