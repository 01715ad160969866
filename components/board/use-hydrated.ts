"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * False in the server render and before hydration, true after: the board renders its plain
 * no-JavaScript forms until scripts run, then swaps in menus, drag and drop and shortcuts.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
