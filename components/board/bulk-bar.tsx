"use client";

import { useState, useTransition } from "react";
import { bulkBoardAction } from "@/lib/actions/board-actions";
import type { BoardCardView, BoardStageView } from "./board-types";

interface Props {
  cards: BoardCardView[];
  stages: BoardStageView[];
  onReject: () => void;
  onDone: (outcome: { ok: boolean; message: string }) => void;
  onClear: () => void;
}

/** Shown while cards are selected: move, reject (through the reason dialog) or tag them together. */
export function BulkBar({ cards, stages, onReject, onDone, onClear }: Props) {
  const [pending, startTransition] = useTransition();
  const targets = stages.filter((s) => s.kind !== "rejected");
  const [toStageId, setToStageId] = useState(targets[0]?.id ?? "");
  const [tag, setTag] = useState("");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const items = JSON.stringify(cards.map((c) => ({ applicationId: c.id, expectedVersion: c.version })));

  const run = (operation: "move" | "tag" | "email") =>
    startTransition(async () => {
      const formData = new FormData();
      formData.set("operation", operation);
      formData.set("items", items);
      formData.set("toStageId", toStageId);
      formData.set("tag", tag);
      formData.set("subject", subject);
      formData.set("body", body);
      const result = await bulkBoardAction(undefined, formData);
      onDone(result.ok ? { ok: true, message: result.message ?? "Done." } : { ok: false, message: result.error });
      if (result.ok && operation === "tag") setTag("");
      if (result.ok && operation === "email") {
        setSubject("");
        setBody("");
      }
    });

  return (
    <div role="toolbar" aria-label="Selected candidates" className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-brand-300 bg-brand-50 p-3 text-sm">
      <p className="font-medium">{cards.length} selected</p>
      <div>
        <label htmlFor="bulk-stage" className="block font-medium">
          Move selected to
        </label>
        <select id="bulk-stage" value={toStageId} onChange={(e) => setToStageId(e.target.value)} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1">
          {targets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={pending} onClick={() => run("move")} className="rounded bg-brand-700 px-3 py-1.5 text-white disabled:opacity-60">
        Move selected
      </button>
      <button type="button" disabled={pending} onClick={onReject} className="rounded border border-red-700 px-3 py-1.5 text-red-800">
        Reject selected…
      </button>
      <div>
        <label htmlFor="bulk-tag" className="block font-medium">
          Tag
        </label>
        <input id="bulk-tag" value={tag} onChange={(e) => setTag(e.target.value)} maxLength={40} className="mt-1 rounded border border-slate-400 px-2 py-1" />
      </div>
      <button type="button" disabled={pending || !tag.trim()} onClick={() => run("tag")} className="rounded border border-slate-400 bg-white px-3 py-1.5 disabled:opacity-60">
        Add tag
      </button>
      <details className="basis-full">
        <summary className="cursor-pointer font-medium">Email selected…</summary>
        <div className="mt-2 grid gap-2 sm:max-w-xl">
          <label htmlFor="bulk-subject" className="font-medium">
            Subject
          </label>
          <input id="bulk-subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} className="rounded border border-slate-400 px-2 py-1" />
          <label htmlFor="bulk-body" className="font-medium">
            Message
          </label>
          <p id="bulk-body-hint" className="text-slate-600">
            {"{firstName}"} and {"{jobTitle}"} are filled in for each candidate.
          </p>
          <textarea id="bulk-body" aria-describedby="bulk-body-hint" value={body} onChange={(e) => setBody(e.target.value)} rows={4} maxLength={10000} className="rounded border border-slate-400 px-2 py-1" />
          <button type="button" disabled={pending || !subject.trim() || !body.trim()} onClick={() => run("email")} className="justify-self-start rounded bg-brand-700 px-3 py-1.5 text-white disabled:opacity-60">
            Send email
          </button>
        </div>
      </details>
      <button type="button" onClick={onClear} className="ml-auto underline">
        Clear selection
      </button>
    </div>
  );
}
