"use client";

import dynamic from "next/dynamic";
import { CHART_WIDTH, chartHeight, type Bar } from "./bar-chart-geometry";

export type { Bar } from "./bar-chart-geometry";

/**
 * recharts draws only in the browser: its server render is an empty div with a style attribute,
 * which the CSP (style-src without 'unsafe-inline') would refuse. Loading it lazily also keeps it
 * out of the page's first-load JavaScript.
 */
const RechartsBarChart = dynamic(() => import("./recharts-bar-chart").then((m) => m.RechartsBarChart), { ssr: false });

/**
 * A horizontal bar chart: one picture, announced by its aria-label summary (the table beside it
 * holds the same numbers and is the source of truth). An empty SVG with the chart's viewBox reserves
 * its space in the server HTML, so the page does not shift when recharts draws over it.
 */
export function BarChart({ title, bars, unit }: { title: string; bars: readonly Bar[]; unit: string }) {
  if (bars.length === 0) return null;
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value} ${unit}`).join(", ")}.`;
  return (
    <figure role="img" aria-label={summary} className="relative m-0 w-full max-w-xl">
      <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${CHART_WIDTH} ${chartHeight(bars.length)}`} className="block h-auto w-full" />
      <div aria-hidden="true" className="absolute inset-0">
        <RechartsBarChart bars={bars} />
      </div>
    </figure>
  );
}
