export type BoardCommand = "next" | "previous" | "advance" | "reject" | "search" | "help" | "select";

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** True when focus is in a text field, select or open menu: those keys belong to it. */
  inEditable?: boolean;
}

/** The board's shortcuts, in the order the help dialog lists them. */
export const boardShortcuts: readonly { keys: string; command: BoardCommand; label: string }[] = [
  { keys: "j", command: "next", label: "Next card" },
  { keys: "k", command: "previous", label: "Previous card" },
  { keys: "→", command: "advance", label: "Advance to the next stage" },
  { keys: "r", command: "reject", label: "Reject (asks for a reason)" },
  { keys: "x", command: "select", label: "Select or unselect the card" },
  { keys: "/", command: "search", label: "Filter cards by name" },
  { keys: "?", command: "help", label: "Show these shortcuts" },
];

const byKey: Record<string, BoardCommand> = { j: "next", k: "previous", ArrowRight: "advance", r: "reject", x: "select", "/": "search", "?": "help" };

/**
 * The command a key press means on the board, or null. Modified keys stay the browser's
 * (Ctrl+R reloads), and typing in the filter box or a reason never triggers a shortcut.
 */
export function boardCommandFor(press: KeyPress): BoardCommand | null {
  if (press.inEditable || press.ctrlKey || press.metaKey || press.altKey) return null;
  return byKey[press.key] ?? null;
}
