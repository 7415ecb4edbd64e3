/**
 * Vertical bars, one per year, as inline SVG drawn on the server. Each bar says where its figure
 * comes from by its fill — solid, hatched or dotted — and by a note written on it, never by colour
 * alone. Geometry and drawing are separate so the geometry can be tested.
 */
import { ChartFrame } from './chart-frame.js';
import { linearScale, round2, type Tick } from './chart-scale.js';

/** The source of a bar's figure: a full-year statistic, applications, a partial period, nothing. */
export type BarKind = 'official' | 'applications' | 'partial' | 'none';

export type Bar = {
  key: string;
  /** Under the bar (the year). */
  label: string;
  value: number;
  kind: BarKind;
  /** Written above the bar (the amount, short). */
  valueLabel: string;
  /** Written on the bar, above the amount (a partial period's cut-off). */
  note?: string;
};

export type BarChartSpec = {
  id: string;
  title: string;
  description: string;
  width?: number;
  height?: number;
  y: { min: number; max: number; ticks: readonly Tick[] };
  bars: readonly Bar[];
};

export const BAR_MARGIN = { top: 34, right: 8, bottom: 28, left: 64 } as const;
const FILL = '#0b5cad';

export function barChartGeometry(spec: BarChartSpec) {
  const width = spec.width ?? 640;
  const height = spec.height ?? 300;
  const plot = {
    left: BAR_MARGIN.left,
    right: width - BAR_MARGIN.right,
    top: BAR_MARGIN.top,
    bottom: height - BAR_MARGIN.bottom,
  };
  const sy = linearScale([spec.y.min, spec.y.max], [plot.bottom, plot.top]);
  const step = spec.bars.length > 0 ? (plot.right - plot.left) / spec.bars.length : 0;
  const barWidth = round2(step * 0.64);
  const zero = round2(sy(0));
  const bars = spec.bars.map((b, i) => {
    const centre = round2(plot.left + step * (i + 0.5));
    const top = round2(sy(Math.max(b.value, 0)));
    const bottom = round2(sy(Math.min(b.value, 0)));
    return {
      ...b,
      centre,
      x: round2(centre - barWidth / 2),
      y: top,
      width: barWidth,
      height: round2(bottom - top),
    };
  });
  return { width, height, plot, sy, zero, step, bars };
}

/** Fills by source: hatching for applications, dots for a partial period, solid for a full year. */
export function BarPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={`${id}-applications`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={FILL} stroke-width="3" />
      </pattern>
      <pattern id={`${id}-partial`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <circle cx="3" cy="3" r="1.6" fill={FILL} />
      </pattern>
    </defs>
  );
}

export function barFill(id: string, kind: BarKind): string {
  return kind === 'official' ? FILL : kind === 'none' ? 'none' : `url(#${id}-${kind})`;
}

export function BarChart({ spec }: { spec: BarChartSpec }) {
  const g = barChartGeometry(spec);
  return (
    <ChartFrame
      id={spec.id}
      kind="bar-chart"
      title={spec.title}
      description={spec.description}
      width={g.width}
      height={g.height}
    >
      <BarPatterns id={spec.id} />
      <g class="grid">
        {spec.y.ticks.map((t) => {
          const y = round2(g.sy(t.value));
          return (
            <>
              <line x1={g.plot.left} x2={g.plot.right} y1={y} y2={y} stroke="#e3e8ed" />
              <text x={g.plot.left - 6} y={y + 4} text-anchor="end" font-size="11" fill="#4a5560">
                {t.label}
              </text>
            </>
          );
        })}
      </g>
      {g.bars.map((b) => (
        <g class={`bar bar-${b.kind}`} data-key={b.key} data-kind={b.kind}>
          {b.kind !== 'none' && (
            <rect
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
              fill={barFill(spec.id, b.kind)}
              stroke={FILL}
              stroke-width="1.5"
            />
          )}
          <text x={b.centre} y={b.y - 6} text-anchor="middle" font-size="11" fill="#1b1f24">
            {b.valueLabel}
          </text>
          {b.note && (
            <text
              x={b.centre}
              y={b.y - 19}
              text-anchor="middle"
              font-size="10"
              font-style="italic"
              fill="#4a5560"
            >
              {b.note}
            </text>
          )}
          <text
            x={b.centre}
            y={g.plot.bottom + 18}
            text-anchor="middle"
            font-size="11"
            fill="#4a5560"
          >
            {b.label}
          </text>
        </g>
      ))}
      <line x1={g.plot.left} x2={g.plot.right} y1={g.zero} y2={g.zero} stroke="#1b1f24" />
    </ChartFrame>
  );
}

/** A key to the fills, in the page's HTML, with a sample of each. */
export function BarLegend({
  id,
  items,
}: {
  id: string;
  items: readonly { kind: Exclude<BarKind, 'none'>; label: string }[];
}) {
  return (
    <ul class="chart-legend">
      {items.map((i) => (
        <li>
          <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true">
            <BarPatterns id={`${id}-key-${i.kind}`} />
            <rect
              x="1"
              y="1"
              width="16"
              height="12"
              fill={barFill(`${id}-key-${i.kind}`, i.kind)}
              stroke={FILL}
            />
          </svg>{' '}
          {i.label}
        </li>
      ))}
    </ul>
  );
}
