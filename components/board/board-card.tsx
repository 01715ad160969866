"use client";

import { useDraggable } from "@dnd-kit/core";
import type { MoveCheck } from "@/lib/domain/stage-moves";
import type { BoardCardView, BoardStageView } from "./board-types";
import { CardFallbackControls } from "./card-fallback-controls";
import { MoveMenu } from "./move-menu";

const DAY_MS = 86_400_000;

interface Props {
  card: BoardCardView;
  totals: { required: number; preferred: number };
  now: number;
  hydrated: boolean;
  canMove: boolean;
  selected: boolean;
  hidden: boolean;
  targets: { stage: BoardStageView; check: MoveCheck }[];
  onChoose: (card: BoardCardView, stageId: string) => void;
  onSelect: (card: BoardCardView, shift: boolean) => void;
}

/**
 * One card. Drag and drop only exists once hydrated and for someone who may move: the server
 * render (hundreds of cards on a long board) skips dnd-kit's per-card hooks altogether.
 */
export function BoardCard(props: Props) {
  return props.hydrated && props.canMove ? <DraggableCard {...props} /> : <CardItem {...props} drag={null} />;
}

function DraggableCard(props: Props) {
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: props.card.id });
  return <CardItem {...props} drag={{ setNodeRef, listeners, isDragging }} />;
}

interface Drag {
  setNodeRef: (element: HTMLElement | null) => void;
  listeners: ReturnType<typeof useDraggable>["listeners"];
  isDragging: boolean;
}

function CardItem({ card, totals, now, hydrated, canMove, selected, hidden, targets, onChoose, onSelect, drag }: Props & { drag: Drag | null }) {
  const days = Math.max(0, Math.floor((now - new Date(card.stageEnteredAt).getTime()) / DAY_MS));
  return (
    // Only the pointer listeners: the card stays a focusable group (not a "button"), and the
    // keyboard moves cards through the shortcuts and the Move to… menu instead.
    <li
      ref={drag?.setNodeRef}
      {...drag?.listeners}
      data-card-id={card.id}
      tabIndex={-1}
      hidden={hidden}
      aria-label={card.candidateName}
      className={`rounded-md border bg-white p-3 text-sm shadow-sm outline-none focus-within:ring-2 focus-within:ring-brand-600 focus:ring-2 focus:ring-brand-600 ${
        selected ? "border-brand-600 bg-brand-50" : "border-slate-200"
      } ${drag?.isDragging ? "opacity-40" : ""}`}
    >
      <div className="flex items-start gap-2">
        {hydrated && canMove ? (
          <input
            type="checkbox"
            aria-label={`Select ${card.candidateName}`}
            checked={selected}
            onChange={() => undefined}
            onClick={(event) => onSelect(card, event.shiftKey)}
            className="mt-1"
          />
        ) : null}
        {/* A plain link: next/link on every card would cost each board render more than it saves a click. */}
        <a href={`/dashboard/applications/${card.id}`} className="font-medium text-brand-700 hover:underline">
          {card.candidateName}
        </a>
      </div>
      <p className="mt-1 text-slate-700">
        Required {card.requiredMet ?? "—"}/{totals.required} · Preferred {card.preferredMet ?? "—"}/{totals.preferred}
      </p>
      {card.knockoutFlags > 0 ? (
        <p className="mt-1 text-xs font-semibold text-red-800">
          {card.knockoutFlags} knockout flag{card.knockoutFlags === 1 ? "" : "s"}
        </p>
      ) : null}
      <p className="mt-1 text-slate-600">
        {days} day{days === 1 ? "" : "s"} in stage · {card.source ?? "Direct"}
      </p>
      <p className="mt-1 text-slate-600">Interviews —</p>
      {card.tags.length > 0 ? (
        <ul aria-label="Tags" className="mt-1 flex flex-wrap gap-1">
          {card.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-slate-200 px-2 text-xs">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      {canMove ? (
        hydrated ? (
          <div className="mt-2 flex justify-end">
            <MoveMenu candidateName={card.candidateName} targets={targets} onChoose={(stageId) => onChoose(card, stageId)} />
          </div>
        ) : (
          <CardFallbackControls card={card} targets={targets} />
        )
      ) : null}
    </li>
  );
}
