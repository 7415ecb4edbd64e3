/**
 * A line chart as inline SVG drawn on the server: gridlines, axis labels and series that differ by
 * line style (solid, dotted, dashed) as well as colour, so they can be told apart in print or by a
 * reader who does not see colour. Geometry and drawing are separate so the geometry can be tested.
 */
import { ChartFrame } from './chart-frame.js';
import { linearScale, type Point, pathData, round2, type Tick } from './chart-scale.js';

/** What a series is, which decides how it is drawn. */
export type LineStyle = 'actual' | 'path' | 'target' | 'trend' | 'pipeline';

export type LineSeries = { id: string; label: string; style: LineStyle; points: readonly Point[] };

export type LineChartSpec = {
  id: string;
  title: string;
  description: string;
  width?: number;
  height?: number;
  /** `ticks` are labels along the axis; `grid` the positions of vertical gridlines. */
  x: { min: number; max: number; ticks: readonly Tick[]; grid?: readonly number[] };
  y: { min: number; max: number; ticks: readonly Tick[] };
  series: readonly LineSeries[];
};

export const LINE_MARGIN = { top: 12, right: 12, bottom: 28, left: 64 } as const;

/** Stroke of each style: width and dash pattern, set as attributes so they hold without the stylesheet. */
export const LINE_STYLES: Record<LineStyle, { width: number; dash?: string; colour: string }> = {
  actual: { width: 3, colour: '#0b5cad' },
  path: { width: 1.5, colour: '#4a5560' },
  target: { width: 1.5, dash: '2 4', colour: '#1b1f24' },
  trend: { width: 2, dash: '9 5', colour: '#8a5a00' },
  pipeline: { width: 2, dash: '3 3', colour: '#1b6e35' },
};

export function lineChartGeometry(spec: LineChartSpec) {
  const width = spec.width ?? 640;
  const height = spec.height ?? 340;
  const plot = {
    left: LINE_MARGIN.left,
    right: width - LINE_MARGIN.right,
    top: LINE_MARGIN.top,
    bottom: height - LINE_MARGIN.bottom,
  };
  const sx = linearScale([spec.x.min, spec.x.max], [plot.left, plot.right]);
  const sy = linearScale([spec.y.min, spec.y.max], [plot.bottom, plot.top]);
  const series = spec.series.map((s) => {
    const screen = s.points.map((p) => ({ x: round2(sx(p.x)), y: round2(sy(p.y)) }));
    return { ...s, screen, d: pathData(screen) };
  });
  return { width, height, plot, sx, sy, series };
}

export function LineChart({ spec }: { spec: LineChartSpec }) {
  const g = lineChartGeometry(spec);
  return (
    <ChartFrame
      id={spec.id}
      kind="line-chart"
      title={spec.title}
      description={spec.description}
      width={g.width}
      height={g.height}
    >
      <g class="grid">
        {spec.y.ticks.map((t) => {
          const y = round2(g.sy(t.value));
          return (
            <>
              <line x1={g.plot.left} x2={g.plot.right} y1={y} y2={y} stroke="#c9d1d9" />
              <text x={g.plot.left - 6} y={y + 4} text-anchor="end" font-size="11" fill="#4a5560">
                {t.label}
              </text>
            </>
          );
        })}
        {(spec.x.grid ?? []).map((v) => {
          const x = round2(g.sx(v));
          return <line x1={x} x2={x} y1={g.plot.top} y2={g.plot.bottom} stroke="#e3e8ed" />;
        })}
        {spec.x.ticks.map((t) => (
          <text
            x={round2(g.sx(t.value))}
            y={g.plot.bottom + 18}
            text-anchor="middle"
            font-size="11"
            fill="#4a5560"
          >
            {t.label}
          </text>
        ))}
        <line
          x1={g.plot.left}
          x2={g.plot.right}
          y1={g.plot.bottom}
          y2={g.plot.bottom}
          stroke="#1b1f24"
        />
      </g>
      {g.series.map((s) => {
        const style = LINE_STYLES[s.style];
        return (
          <g class={`series series-${s.style}`} data-series={s.id}>
            <path
              d={s.d}
              fill="none"
              stroke={style.colour}
              stroke-width={style.width}
              stroke-dasharray={style.dash}
              stroke-linejoin="round"
            />
            {s.style === 'actual' &&
              s.screen.map((p) => <circle cx={p.x} cy={p.y} r="3.5" fill={style.colour} />)}
          </g>
        );
      })}
    </ChartFrame>
  );
}

/** A key to the series, in the page's HTML: each style drawn as a short sample line with its name. */
export function LineLegend({ series }: { series: readonly Pick<LineSeries, 'label' | 'style'>[] }) {
  return (
    <ul class="chart-legend">
      {series.map((s) => {
        const style = LINE_STYLES[s.style];
        return (
          <li>
            <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
              <line
                x1="2"
                x2="34"
                y1="6"
                y2="6"
                stroke={style.colour}
                stroke-width={style.width}
                stroke-dasharray={style.dash}
              />
            </svg>{' '}
            {s.label}
          </li>
        );
      })}
    </ul>
  );
}
