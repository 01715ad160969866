"use client";

/**
 * What a page shows when rendering it failed on the server, most often because the database went
 * away mid-request (proxy.ts answers 503 once it is known to be down). Next passes no detail to
 * the browser in production, so the message stays general and offers a retry.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-600">This page could not be loaded just now. If you were sending a form, it may not have been saved: please try again in a moment.</p>
      <p className="mt-6">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-white">
          Try again
        </button>
      </p>
    </main>
  );
}
