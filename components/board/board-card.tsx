"use client";

import { useDraggable } from "@dnd-kit/core";
import type { MoveCheck } from "@/lib/domain/stage-moves";
import type { BoardCardView, BoardStageView } from "./board-types";
import { boardMoveFieldNames } from "@/lib/actions/board-move-fields";
import { BOARD_MOVE_FORM_ID } from "./board-move-form";
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
      className={`board-card${selected ? " is-selected" : ""}${drag?.isDragging ? " opacity-40" : ""}`}
    >
      <div className="board-card-head">
        {canMove ? (
          hydrated ? (
            <input
              key="selects"
              type="checkbox"
              aria-label={`Select ${card.candidateName}`}
              checked={selected}
              onChange={() => undefined}
              onClick={(event) => onSelect(card, event.shiftKey)}
              className="mt-1"
            />
          ) : (
            // Without JavaScript the same box is a field of the board's move form (ColumnMoveControls).
            <input
              key="posts"
              type="checkbox"
              aria-label={`Select ${card.candidateName}`}
              form={BOARD_MOVE_FORM_ID}
              name={boardMoveFieldNames.selected(card.stageId)}
              value={boardMoveFieldNames.selectedValue(card.id, card.version)}
              className="mt-1"
            />
          )
        ) : null}
        {/* A plain link: next/link on every card would cost each board render more than it saves a click. */}
        <a href={`/dashboard/applications/${card.id}`}>{card.candidateName}</a>
      </div>
      {/* Each line one string: a text node per value, as {a} {b} renders, costs every card a few more. */}
      <p>{`Required ${card.requiredMet ?? "—"}/${totals.required} · Preferred ${card.preferredMet ?? "—"}/${totals.preferred}`}</p>
      {card.knockoutFlags > 0 ? <p className="board-card-flag">{`${card.knockoutFlags} knockout flag${card.knockoutFlags === 1 ? "" : "s"}`}</p> : null}
      <p>{`${days} day${days === 1 ? "" : "s"} in stage · ${card.source ?? "Direct"}`}</p>
      <p>{interviewLine(card.interviews)}</p>
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
        ) : targets.some((t) => t.check.ok && t.stage.kind === "rejected") ? (
          <p className="board-card-fallback">
            <a href={`/dashboard/applications/${card.id}#reject-heading`}>Reject with a reason…</a>
          </p>
        ) : null
      ) : null}
    </li>
  );
}

/** "No interviews yet", or how many there are and how many of their scorecards are in. */
function interviewLine(interviews: BoardCardView["interviews"]): string {
  if (!interviews) return "No interviews yet";
  const { scheduled, scorecardsDue, scorecardsSubmitted } = interviews;
  return `${scheduled} interview${scheduled === 1 ? "" : "s"} · ${scorecardsSubmitted}/${scorecardsDue} scorecards in`;
}
