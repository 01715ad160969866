"use client";

/** A timestamp in the viewer's own time zone; the server renders UTC until the browser takes over. */
export function LocalTime({ value }: { value: Date | string }) {
  const date = new Date(value);
  const text = typeof window === "undefined"
    ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  return (
    <time dateTime={date.toISOString()} suppressHydrationWarning>
      {text}
    </time>
  );
}
