export interface Bar {
  label: string;
  value: number;
}

/** The chart's drawing size; it scales to its column keeping this aspect ratio. */
export const CHART_WIDTH = 480;
export const ROW_HEIGHT = 28;
export const CHART_MARGIN = 4;
export const LABEL_WIDTH = 170;

export const chartHeight = (bars: number) => bars * ROW_HEIGHT + 2 * CHART_MARGIN;
