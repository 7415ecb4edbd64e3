/** The bar chart's geometry: heights in proportion from the zero line, fills by source. */
import { describe, expect, it } from 'vitest';
import { BarChart, type BarChartSpec, barChartGeometry } from './bar-chart.js';

// A 640 × 300 chart: the plot spans x 64..632 and y 34..272, so 0..4 maps 272..34.
const spec: BarChartSpec = {
  id: 'y',
  title: 'By year',
  description: 'Bars',
  y: { min: 0, max: 4, ticks: [] },
  bars: [
    { key: '2021', label: '2021', value: 2, kind: 'partial', valueLabel: '2', note: 'to 31 Oct' },
    { key: '2022', label: '2022', value: 4, kind: 'official', valueLabel: '4' },
    { key: '2023', label: '2023', value: 1, kind: 'applications', valueLabel: '1' },
    { key: '2024', label: '2024', value: 0, kind: 'none', valueLabel: '—' },
  ],
};

describe('the bar chart', () => {
  it('gives each bar a height in proportion to its value, from the zero line', () => {
    const g = barChartGeometry(spec);
    expect(g.zero).toBe(272);
    expect(g.step).toBe(142);
    const [b2021, b2022, b2023] = g.bars;
    expect(b2022).toMatchObject({ y: 34, height: 238, centre: 277 });
    expect(b2021).toMatchObject({ y: 153, height: 119, centre: 135 });
    expect(b2023?.height).toBeCloseTo(59.5, 2);
    for (const b of g.bars) expect(b.y + b.height).toBeCloseTo(272, 2);
  });

  it('extends a negative value below the zero line', () => {
    const g = barChartGeometry({
      ...spec,
      y: { min: -1, max: 3, ticks: [] },
      bars: [{ key: 'r', label: 'r', value: -1, kind: 'official', valueLabel: '-1' }],
    });
    expect(g.zero).toBe(212.5);
    expect(g.bars[0]).toMatchObject({ y: 212.5, height: 59.5 });
  });

  it('marks the source by fill and writes a partial period’s cut-off on its bar', async () => {
    const svg = (await BarChart({ spec })).toString();
    expect(svg).toMatch(/data-key="2022" data-kind="official"><rect [^>]*fill="#0b5cad"/);
    expect(svg).toMatch(/data-key="2021" data-kind="partial"><rect [^>]*fill="url\(#y-partial\)"/);
    expect(svg).toMatch(
      /data-key="2023" data-kind="applications"><rect [^>]*fill="url\(#y-applications\)"/,
    );
    expect(svg).toMatch(/data-key="2021"[\s\S]*?>to 31 Oct</);
    expect(svg).not.toMatch(/data-key="2024" data-kind="none"><rect/);
    expect(svg).toContain('<title id="y-title">By year</title>');
  });
});
