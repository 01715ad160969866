"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { MoveCheck } from "@/lib/domain/stage-moves";
import type { BoardStageView } from "./board-types";

interface Props {
  candidateName: string;
  targets: { stage: BoardStageView; check: MoveCheck }[];
  onChoose: (stageId: string) => void;
}

/**
 * The "Move to…" menu button (WAI-ARIA menu pattern): arrows move between stages, Enter chooses,
 * Escape closes and returns focus. Stages the rules forbid stay listed but disabled, with why.
 */
export function MoveMenu({ candidateName, targets, onChoose }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const container = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onMenuKey = (event: React.KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === "Escape") close(true);
    else if (event.key === "ArrowDown") setActive((i) => (i + 1) % targets.length);
    else if (event.key === "ArrowUp") setActive((i) => (i - 1 + targets.length) % targets.length);
    else if (event.key === "Home") setActive(0);
    else if (event.key === "End") setActive(targets.length - 1);
    else if (event.key === "Tab") close(false);
    else return;
    event.preventDefault();
  };

  return (
    // Pointer presses inside the menu must not start dragging the card underneath.
    <div ref={container} className="relative" onKeyDown={open ? onMenuKey : undefined} onPointerDown={(event) => event.stopPropagation()}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setActive(0);
          setOpen((o) => !o);
        }}
        className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100"
      >
        Move to…<span className="sr-only"> {candidateName}</span>
      </button>
      {open ? (
        <ul id={menuId} role="menu" aria-label={`Move ${candidateName} to`} className="absolute right-0 z-20 mt-1 w-52 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {targets.map(({ stage, check }, index) => (
            <li key={stage.id} role="none">
              <button
                ref={(el) => {
                  items.current[index] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={index === active ? 0 : -1}
                aria-disabled={!check.ok}
                title={check.ok ? undefined : check.error}
                onClick={() => {
                  if (!check.ok) return;
                  close(true);
                  onChoose(stage.id);
                }}
                className="block w-full px-3 py-1.5 text-left text-sm hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:text-slate-400"
              >
                {stage.name}
                {check.ok ? null : <span className="sr-only"> (not allowed: {check.error})</span>}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
