/**
 * Horizontal bars as inline SVG drawn on the server, for breakdowns (by flow, country, sector,
 * area). Each label sits on its own line above its bar, so long sector names fit a phone screen.
 * A negative amount (a capital reduction) extends left of the zero line.
 */
import { ChartFrame } from './chart-frame.js';
import { linearScale, round2 } from './chart-scale.js';

export type HorizontalBar = { key: string; label: string; value: number; valueLabel: string };

export type HorizontalBarChartSpec = {
  id: string;
  title: string;
  description: string;
  width?: number;
  bars: readonly HorizontalBar[];
};

export const ROW_HEIGHT = 40;
/** Room on the right for the amount written after the longest bar. */
export const VALUE_ROOM = 120;
const PAD = 8;
const FILL = '#0b5cad';

export function horizontalBarGeometry(spec: HorizontalBarChartSpec) {
  const width = spec.width ?? 640;
  const height = Math.max(1, spec.bars.length) * ROW_HEIGHT + PAD;
  const values = spec.bars.map((b) => b.value);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const sx = linearScale([min, max], [PAD, width - VALUE_ROOM]);
  const zero = round2(sx(0));
  const bars = spec.bars.map((b, i) => {
    const top = i * ROW_HEIGHT + PAD;
    const left = round2(sx(Math.min(b.value, 0)));
    const right = round2(sx(Math.max(b.value, 0)));
    return {
      ...b,
      labelY: top + 12,
      x: left,
      y: top + 18,
      width: round2(right - left),
      height: 14,
      valueX: round2(Math.max(right, zero) + 6),
    };
  });
  return { width, height, sx, zero, bars };
}

export function HorizontalBarChart({ spec }: { spec: HorizontalBarChartSpec }) {
  const g = horizontalBarGeometry(spec);
  return (
    <ChartFrame
      id={spec.id}
      kind="hbar-chart"
      title={spec.title}
      description={spec.description}
      width={g.width}
      height={g.height}
    >
      {g.bars.map((b) => (
        <g class="bar" data-key={b.key}>
          <text x={PAD} y={b.labelY} font-size="12" fill="#1b1f24">
            {b.label}
          </text>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={FILL} />
          <text x={b.valueX} y={b.y + 11} font-size="11" fill="#1b1f24">
            {b.valueLabel}
          </text>
        </g>
      ))}
      <line x1={g.zero} x2={g.zero} y1={PAD} y2={g.height} stroke="#1b1f24" />
    </ChartFrame>
  );
}
