export interface Bar {
  label: string;
  value: number;
}

const ROW = 26;
const LABEL_WIDTH = 170;
const BAR_AREA = 250;
const WIDTH = LABEL_WIDTH + BAR_AREA + 60;

const shorten = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);

/**
 * A horizontal bar chart in plain SVG: one picture, announced by its aria-label summary (the table
 * beside it holds the same numbers). Drawn in currentColor, so it takes the text colour of the
 * section around it.
 */
export function BarChart({ title, bars, unit }: { title: string; bars: readonly Bar[]; unit: string }) {
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.value), 0);
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value} ${unit}`).join(", ")}.`;
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 4}`} className="h-auto w-full max-w-xl text-current">
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const width = max > 0 ? Math.max((bar.value / max) * BAR_AREA, bar.value > 0 ? 2 : 0) : 0;
        return (
          <g key={`${bar.label}-${i}`}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="currentColor">
              {shorten(bar.label)}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 8} rx="2" fill="currentColor" fillOpacity="0.7" />
            <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="12" fill="currentColor">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
