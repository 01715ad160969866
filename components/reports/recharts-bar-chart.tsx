"use client";

import { Bar as RechartsBar, BarChart, LabelList, Rectangle, XAxis, YAxis, type BarShapeProps } from "recharts";
import { CHART_MARGIN, LABEL_WIDTH, type Bar } from "./bar-chart-geometry";

/*
 * Light only, like the report sections. On white: bars brand-700 (#1e40af, 8.7:1, well over the 3:1
 * for graphics), labels slate-700 and values slate-900 (10.3:1 and 17.9:1, over 4.5:1 for text).
 */
const BAR_FILL = "#1e40af";
const LABEL_FILL = "#334155";
const VALUE_FILL = "#0f172a";

/**
 * recharts drops zero-width bars, and their value labels with them, unless the bar has a shape of its
 * own; this one draws the default rectangle (nothing at zero), so "0" still shows beside the label.
 */
const drawBar = (props: BarShapeProps) => <Rectangle {...props} />;

const shorten = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);

/**
 * The drawing only: the figure around it (bar-chart.tsx) carries the text alternative and hides this
 * from assistive technology. No animation (stable screenshots, nothing moving for reduced-motion
 * users), no tooltip and no accessibility layer: the table beside the chart is the keyboard- and
 * screen-reader way to the numbers, so nothing in here takes focus.
 */
export function RechartsBarChart({ bars }: { bars: readonly Bar[] }) {
  return (
    <BarChart
      responsive
      width="100%"
      height="100%"
      layout="vertical"
      data={[...bars]}
      margin={{ top: CHART_MARGIN, right: 48, bottom: CHART_MARGIN, left: 0 }}
      accessibilityLayer={false}
      barCategoryGap={4}
    >
      {/* At least 0–1, so that all zeros still sit at the start of the axis rather than in the middle. */}
      <XAxis type="number" hide domain={[0, (dataMax: number) => Math.max(dataMax, 1)]} />
      <YAxis
        type="category"
        dataKey="label"
        width={LABEL_WIDTH}
        tickLine={false}
        axisLine={false}
        interval={0}
        tick={{ fill: LABEL_FILL, fontSize: 12 }}
        tickFormatter={shorten}
      />
      <RechartsBar dataKey="value" fill={BAR_FILL} radius={2} shape={drawBar} minPointSize={(value) => (value ? 2 : 0)} isAnimationActive={false}>
        <LabelList dataKey="value" position="right" fill={VALUE_FILL} fontSize={12} />
      </RechartsBar>
    </BarChart>
  );
}
