"use client";

import { useDroppable } from "@dnd-kit/core";
import Link from "next/link";
import type { ReactNode } from "react";
import type { BoardStageView } from "./board-types";

interface Props {
  stage: BoardStageView;
  count: number;
  /** While a card is dragged: whether it may be dropped here (null when nothing is dragged). */
  dropAllowed: boolean | null;
  closedHref: string;
  /** Before hydration, for someone who may move: the column's move controls (ColumnMoveControls). */
  controls?: ReactNode;
  children: ReactNode;
}

export function BoardColumn({ stage, count, dropAllowed, closedHref, controls, children }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, disabled: dropAllowed === false });
  const ring = dropAllowed === null ? "" : dropAllowed ? (isOver ? "ring-2 ring-brand-600" : "ring-1 ring-brand-300") : "opacity-50";
  return (
    <section ref={setNodeRef} aria-labelledby={`stage-${stage.id}`} data-stage-id={stage.id} className={`w-64 shrink-0 rounded-lg bg-slate-100 p-3 ${ring}`}>
      <h2 id={`stage-${stage.id}`} className="flex justify-between font-semibold">
        <span>{stage.name}</span>
        <span className="tabular-nums text-slate-600" aria-label={`${count} applications`}>
          {count}
        </span>
      </h2>
      {stage.kind === "active" ? (
        <>
          <ul className="mt-3 space-y-2">{children}</ul>
          {controls}
          {stage.moreHref ? (
            <p className="mt-2 text-sm">
              <Link href={stage.moreHref} className="text-brand-700 underline" scroll={false}>
                Show more in {stage.name}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p className="mt-3 text-sm text-slate-600">
          Off the board.{" "}
          <Link href={closedHref} className="text-brand-700 underline">
            List {stage.name}
          </Link>
        </p>
      )}
    </section>
  );
}
