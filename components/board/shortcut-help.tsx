"use client";

import { useEffect, useRef } from "react";
import { boardShortcuts } from "@/lib/domain/board-keys";

/** The `?` dialog: every shortcut the board understands, from the same list the key handler uses. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="shortcut-help-title" className="m-auto rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
      <h2 id="shortcut-help-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        {boardShortcuts.map((shortcut) => (
          <div key={shortcut.command} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-2 py-0.5 font-mono">{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.label}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-slate-600">Each card also has a “Move to…” menu; shift-click selects a range.</p>
      <form method="dialog" className="mt-4">
        <button type="submit" className="rounded-md border border-slate-400 px-3 py-1.5 hover:bg-slate-100">
          Close
        </button>
      </form>
    </dialog>
  );
}
