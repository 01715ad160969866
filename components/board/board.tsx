"use client";

import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { useRouter } from "next/navigation";
import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { useLiveRefresh } from "@/components/live/use-live-refresh";
import { moveApplicationAction } from "@/lib/actions/pipeline-actions";
import type { Actor } from "@/lib/domain/actor";
import { boardCommandFor } from "@/lib/domain/board-keys";
import { emptySelection, keepVisible, neighbourCard, selectRange, toggleCard } from "@/lib/domain/board-selection";
import type { RequisitionAccess } from "@/lib/domain/permissions";
import { checkStageMove, moveTargets, nextStage, rejectionStage } from "@/lib/domain/stage-moves";
import { BoardCard } from "./board-card";
import { BoardColumn } from "./board-column";
import { ColumnMoveControls } from "./column-move-controls";
import type { BoardCardView, BoardStageView, RejectionReasonView } from "./board-types";
import { BoardMoveForm } from "./board-move-form";
import { BoardNotice, type Notice } from "./board-notice";
import { BulkBar } from "./bulk-bar";
import { RejectDialog } from "./reject-dialog";
import { ShortcutHelp } from "./shortcut-help";
import { useBoardKeys } from "./use-board-keys";
import { useHydrated } from "./use-hydrated";

export interface BoardProps {
  requisitionId: string;
  stages: BoardStageView[];
  cards: BoardCardView[];
  totals: { required: number; preferred: number };
  actor: Actor;
  access: RequisitionAccess;
  canMove: boolean;
  reasons: RejectionReasonView[];
  now: number;
  closedHref: string;
  query: string;
}

/**
 * The pipeline board. Server-rendered with plain forms; once hydrated it adds drag and drop, the
 * Move to… menus, shortcuts, selection and live refresh. Every move sends the version the card
 * shows; the stage rules that disable targets here are the ones the service enforces.
 */
export function Board(props: BoardProps) {
  const { requisitionId, stages, cards, actor, access, canMove, reasons } = props;
  const router = useRouter();
  const hydrated = useHydrated();
  const [, startTransition] = useTransition();
  const [moves, addMove] = useOptimistic<Record<string, string>, { id: string; to: string }>({}, (state, move) => ({ ...state, [move.id]: move.to }));
  const [selectionState, setSelection] = useState(emptySelection);
  const [filter, setFilter] = useState(props.query);
  const [rejecting, setRejecting] = useState<BoardCardView[]>([]);
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const focusAfterRender = useRef<string | null>(null);
  const filterInput = useRef<HTMLInputElement>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  useLiveRefresh({ requisitionId });

  const stageById = (id: string) => stages.find((s) => s.id === id);
  const placed = cards.map((card) => ({ ...card, stageId: moves[card.id] ?? card.stageId, shownIn: card.stageId }));
  // Where a card may go depends only on its stage: worked out once per column, not once per card.
  const targetsByStage = new Map<string, ReturnType<typeof moveTargets<BoardStageView>>>();
  const targetsFrom = (from: BoardStageView) => {
    let targets = targetsByStage.get(from.id);
    if (!targets) targetsByStage.set(from.id, (targets = moveTargets(actor, access, from, stages)));
    return targets;
  };
  const needle = filter.trim().toLowerCase();
  const shown = (card: BoardCardView) => !needle || card.candidateName.toLowerCase().includes(needle);
  const order = stages.flatMap((s) => (s.kind === "active" ? placed.filter((c) => c.stageId === s.id && shown(c)).map((c) => c.id) : []));
  const selection = keepVisible(selectionState, order);
  const selectedCards = cards.filter((c) => selection.ids.has(c.id));
  const dragged = dragId ? cards.find((c) => c.id === dragId) : undefined;

  // A moved card is re-created in its new column (optimistically, then again if the refresh
  // re-mounts it), which drops keyboard focus to the page: put it back on the card until the move
  // has settled. Only when focus was dropped: someone who already went on (the filter, the
  // shortcut help) keeps their place.
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    const element = document.querySelector<HTMLElement>(`[data-card-id="${id}"]`);
    const dropped = document.activeElement === null || document.activeElement === document.body;
    if (element && dropped) element.focus();
  });
  const settleFocus = () => {
    setTimeout(() => {
      focusAfterRender.current = null;
    }, 1000);
  };

  const focusCard = (id: string | null) => {
    if (!id) return;
    const element = document.querySelector<HTMLElement>(`[data-card-id="${id}"]`);
    element?.focus();
    element?.scrollIntoView({ block: "nearest", inline: "nearest" });
  };

  const moveCard = (card: BoardCardView, toStageId: string) => {
    const from = stageById(card.stageId);
    const to = stageById(toStageId);
    if (!from || !to) return;
    const check = checkStageMove(actor, from, to, undefined, access);
    if (!check.ok) {
      setNotice({ tone: "alert", message: check.error });
      return;
    }
    if (to.kind === "rejected") {
      setRejecting([card]);
      return;
    }
    focusAfterRender.current = card.id;
    startTransition(async () => {
      addMove({ id: card.id, to: to.id });
      const formData = new FormData();
      formData.set("applicationId", card.id);
      formData.set("toStageId", to.id);
      formData.set("expectedVersion", String(card.version));
      const result = await moveApplicationAction(undefined, formData);
      setNotice(result.ok ? { tone: "status", message: `Moved ${card.candidateName} to ${result.data.stageName}.` } : { tone: "alert", message: result.error });
      if (!result.ok) router.refresh();
      settleFocus();
    });
  };

  useBoardKeys((event) => {
    // An open dialog (the shortcut help, the reason dialog) has the keyboard. Asked of the page,
    // not of React state: a dialog closed with Escape is closed at once, before the re-render.
    if (rejecting.length > 0 || document.querySelector("dialog[open]")) return false;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const inEditable = Boolean(target?.closest('input:not([type="checkbox"]), textarea, select, [contenteditable="true"], [role="menu"]'));
    const command = boardCommandFor({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, inEditable });
    const focused = target?.closest<HTMLElement>("[data-card-id]")?.dataset.cardId ?? null;
    const card = focused ? cards.find((c) => c.id === focused) : undefined;
    if (command && command !== "advance") focusAfterRender.current = null;
    switch (command) {
      case "next":
      case "previous":
        focusCard(neighbourCard(order, focused, command === "next" ? 1 : -1));
        return true;
      case "search":
        filterInput.current?.focus();
        return true;
      case "help":
        setHelpOpen(true);
        return true;
      case "advance": {
        const from = card ? stageById(card.stageId) : undefined;
        if (!card || !from || !canMove) return false;
        const to = nextStage(stages, from);
        if (to) moveCard(card, to.id);
        else setNotice({ tone: "alert", message: `${card.candidateName} is in the last stage.` });
        return true;
      }
      case "reject": {
        const to = rejectionStage(stages);
        if (!card || !canMove || !to) return false;
        moveCard(card, to.id);
        return true;
      }
      case "select":
        if (!card || !canMove) return false;
        setSelection(toggleCard(selection, card.id));
        return true;
      default:
        return false;
    }
  });

  const columns = (
    <div className="mt-4 flex gap-4 overflow-x-auto pb-4">
      {stages.map((stage) => {
        const inStage = placed.filter((c) => c.stageId === stage.id);
        // Cards moved here or away and not yet confirmed by a refresh (the server's count is from before).
        const arrived = inStage.filter((c) => c.stageId !== c.shownIn).length;
        const left = placed.filter((c) => c.shownIn === stage.id && c.stageId !== stage.id).length;
        const fromStage = dragged ? stageById(dragged.stageId) : undefined;
        const dropAllowed = dragged && fromStage ? checkStageMove(actor, fromStage, stage, undefined, access).ok : null;
        return (
          <BoardColumn
            key={stage.id}
            stage={stage}
            count={stage.count + arrived - left}
            dropAllowed={dropAllowed}
            closedHref={props.closedHref}
            controls={!hydrated && canMove && stage.kind === "active" && inStage.length > 0 ? <ColumnMoveControls stage={stage} targets={targetsFrom(stage)} next={nextStage(stages, stage)} /> : null}
          >
            {inStage.map((card) => {
              const from = stageById(card.stageId) ?? stage;
              return (
                <BoardCard
                  key={card.id}
                  card={card}
                  totals={props.totals}
                  now={props.now}
                  hydrated={hydrated}
                  canMove={canMove}
                  selected={selection.ids.has(card.id)}
                  hidden={!shown(card)}
                  targets={targetsFrom(from)}
                  onChoose={moveCard}
                  onSelect={(c, shift) => setSelection(shift ? selectRange(selection, order, c.id) : toggleCard(selection, c.id))}
                />
              );
            })}
          </BoardColumn>
        );
      })}
    </div>
  );

  return (
    <div>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <form method="get" role="search" className="flex items-end gap-2">
          <div>
            <label htmlFor="board-filter" className="block text-sm font-medium">
              Filter by name
            </label>
            <input
              ref={filterInput}
              id="board-filter"
              name="q"
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Escape") e.currentTarget.blur();
              }}
              className="mt-1 rounded-md border border-slate-400 px-3 py-1.5"
            />
          </div>
          <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100">
            Filter
          </button>
        </form>
        {hydrated ? (
          <button type="button" onClick={() => setHelpOpen(true)} className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
            Keyboard shortcuts <kbd className="font-mono">?</kbd>
          </button>
        ) : null}
      </div>
      <BoardNotice notice={notice} />
      {!hydrated && canMove ? <BoardMoveForm /> : null}
      {selectedCards.length > 0 ? (
        <BulkBar
          cards={selectedCards}
          stages={stages}
          onReject={() => setRejecting(selectedCards)}
          onDone={(outcome) => {
            setNotice({ tone: outcome.ok ? "status" : "alert", message: outcome.message });
            if (outcome.ok) setSelection(emptySelection);
            router.refresh();
          }}
          onClear={() => setSelection(emptySelection)}
        />
      ) : null}
      {/* dnd-kit's context only once hydrated: no drag can start before that, and rendering its
          providers on the server cost about 5 % of the board's views per second. The cards are
          re-created on hydration anyway (BoardCard), so the columns being re-created too loses nothing. */}
      {hydrated ? (
        <DndContext
          sensors={sensors}
          onDragStart={(event) => setDragId(String(event.active.id))}
          onDragCancel={() => setDragId(null)}
          onDragEnd={(event) => {
            setDragId(null);
            const card = cards.find((c) => c.id === String(event.active.id));
            if (card && event.over) moveCard(card, String(event.over.id));
          }}
        >
          {columns}
          <DragOverlay>{dragged ? <div className="w-60 rounded-md border border-brand-600 bg-white p-3 text-sm shadow-lg">{dragged.candidateName}</div> : null}</DragOverlay>
        </DndContext>
      ) : (
        columns
      )}
      <RejectDialog
        cards={rejecting}
        reasons={reasons}
        onClose={() => setRejecting([])}
        onDone={(outcome) => {
          const focusNext = rejecting.length === 1 && rejecting[0] ? neighbourCard(order, rejecting[0].id, 1) : null;
          setRejecting([]);
          setSelection(emptySelection);
          setNotice(outcome.ok ? { tone: "status", message: outcome.message, undo: outcome.undo } : { tone: "alert", message: outcome.message });
          focusAfterRender.current = focusNext;
          settleFocus();
          router.refresh();
        }}
      />
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
