/** Card order for j/k: column by column, top to bottom, as the board reads left to right. */
export function neighbourCard(order: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (order.length === 0) return null;
  const index = current === null ? -1 : order.indexOf(current);
  if (index < 0) return step === 1 ? (order[0] ?? null) : (order[order.length - 1] ?? null);
  const next = Math.min(order.length - 1, Math.max(0, index + step));
  return order[next] ?? null;
}

export interface Selection {
  ids: ReadonlySet<string>;
  /** The last card clicked without shift: where a shift-click range starts. */
  anchor: string | null;
}

export const emptySelection: Selection = { ids: new Set(), anchor: null };

export function toggleCard(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/**
 * Shift-click: selects every card between the anchor and this one in board order (added to
 * what is selected, as file managers do). Without an anchor it is a plain toggle.
 */
export function selectRange(selection: Selection, order: readonly string[], id: string): Selection {
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  if (from < 0 || to < 0) return toggleCard(selection, id);
  const ids = new Set(selection.ids);
  for (const card of order.slice(Math.min(from, to), Math.max(from, to) + 1)) ids.add(card);
  return { ids, anchor: selection.anchor };
}

/** Drops cards that left the board (moved away by a teammate, rejected) after a refresh. */
export function keepVisible(selection: Selection, order: readonly string[]): Selection {
  const visible = new Set(order);
  const ids = new Set([...selection.ids].filter((id) => visible.has(id)));
  if (ids.size === selection.ids.size && (selection.anchor === null || visible.has(selection.anchor))) return selection;
  return { ids, anchor: selection.anchor !== null && visible.has(selection.anchor) ? selection.anchor : null };
}
