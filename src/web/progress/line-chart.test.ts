/** The line chart's geometry: each point lands where its values say, styles by series. */
import { describe, expect, it } from 'vitest';
import { LINE_MARGIN, LineChart, type LineChartSpec, lineChartGeometry } from './line-chart.js';

// A 640 × 340 chart: the plot spans x 64..628 and y 12..312 (y grows downward).
const spec = (series: LineChartSpec['series']): LineChartSpec => ({
  id: 'c',
  title: 'Cumulative',
  description: 'A test chart',
  x: { min: 2021, max: 2031, ticks: [{ value: 2021.5, label: '2021' }] },
  y: { min: 0, max: 25, ticks: [{ value: 0, label: '0' }] },
  series,
});

const pathOf = (svg: string, id: string) =>
  new RegExp(`data-series="${id}"><path d="([^"]+)"`).exec(svg)?.[1];

describe('the line chart', () => {
  it('puts each point where its values say: the domain corners at the plot corners', () => {
    const g = lineChartGeometry(
      spec([
        {
          id: 'a',
          label: 'a',
          style: 'actual',
          points: [
            { x: 2021, y: 0 },
            { x: 2026, y: 12.5 },
            { x: 2031, y: 25 },
          ],
        },
      ]),
    );
    expect(g.plot).toEqual({ left: LINE_MARGIN.left, right: 628, top: 12, bottom: 312 });
    expect(g.series[0]?.screen).toEqual([
      { x: 64, y: 312 },
      { x: 346, y: 162 },
      { x: 628, y: 12 },
    ]);
    expect(g.series[0]?.d).toBe('M64 312 L346 162 L628 12');
  });

  it('draws the target as a level line and the forecasts dashed, with a title and a description', async () => {
    const svg = (
      await LineChart({
        spec: spec([
          {
            id: 'target',
            label: 't',
            style: 'target',
            points: [
              { x: 2021, y: 21 },
              { x: 2031, y: 21 },
            ],
          },
          {
            id: 'trend',
            label: 'f',
            style: 'trend',
            points: [
              { x: 2025.5, y: 9 },
              { x: 2031, y: 20 },
            ],
          },
          { id: 'cumulative', label: 'c', style: 'actual', points: [{ x: 2021, y: 0 }] },
        ]),
      })
    ).toString();
    // 21 of 25 is 84 % of the plot's 300 px height above its bottom at 312.
    expect(pathOf(svg, 'target')).toBe('M64 60 L628 60');
    expect(pathOf(svg, 'trend')).toBe('M317.8 204 L628 72');
    expect(svg).toMatch(/data-series="trend"><path [^>]*stroke-dasharray="9 5"/);
    expect(svg).not.toMatch(/data-series="cumulative"><path [^>]*stroke-dasharray/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="c-title c-desc"');
    expect(svg).toContain('<title id="c-title">Cumulative</title>');
    expect(svg).toContain('<desc id="c-desc">A test chart</desc>');
  });
});
