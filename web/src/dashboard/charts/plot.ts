// What every chart of the dashboard draws alike. The drawing is hidden from
// screen readers (ChartFigure gives them a table), so Recharts' keyboard layer,
// which would make it focusable, is off.
export const PLOT = {
  responsive: true,
  accessibilityLayer: false,
  style: { width: "100%", height: 240 },
  margin: { top: 8, right: 16, bottom: 8, left: 0 },
};

/** The app's accent (styles.css), which meets 3:1 against the white page. */
export const INK = "#1f5fbf";
