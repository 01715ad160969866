"use client";

import { useLiveRefresh } from "./use-live-refresh";

/** Drop into a server page to have it follow teammates' changes live; renders nothing. */
export function LiveRefresh({ requisitionId, applicationId }: { requisitionId?: string; applicationId?: string }) {
  useLiveRefresh({ requisitionId, applicationId });
  return null;
}
