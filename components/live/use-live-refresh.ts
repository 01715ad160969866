"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const DEBOUNCE_MS = 300;
const MAX_RETRY_MS = 30_000;

/**
 * Keeps a server-rendered page current: listens to /api/live for the given requisition or
 * application and re-renders the page (router.refresh re-reads through the services) when a
 * teammate changes something. Several events in a burst make one refresh. EventSource reconnects
 * by itself after a network drop; when the server refused or the stream closed for good, we
 * reconnect with backoff. Each reconnect refreshes once, for what happened while disconnected.
 */
export function useLiveRefresh(target: { requisitionId?: string; applicationId?: string }, onChange?: () => void) {
  const router = useRouter();
  const { requisitionId, applicationId } = target;
  useEffect(() => {
    const params = new URLSearchParams();
    if (requisitionId) params.set("requisitionId", requisitionId);
    if (applicationId) params.set("applicationId", applicationId);
    let source: EventSource | null = null;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let opened = false;
    let stopped = false;

    const refresh = () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        onChange?.();
        router.refresh();
      }, DEBOUNCE_MS);
    };
    const connect = () => {
      source = new EventSource(`/api/live?${params.toString()}`);
      source.addEventListener("open", () => {
        if (opened) refresh();
        opened = true;
        failures = 0;
      });
      source.addEventListener("change", refresh);
      source.addEventListener("error", () => {
        if (stopped || source?.readyState !== EventSource.CLOSED) return;
        failures += 1;
        retry = setTimeout(connect, Math.min(MAX_RETRY_MS, 1000 * 2 ** Math.min(failures, 5)));
      });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(debounce);
      clearTimeout(retry);
      source?.close();
    };
  }, [router, requisitionId, applicationId, onChange]);
}
