/** The horizontal bars' geometry: lengths in proportion, negatives left of zero. */
import { describe, expect, it } from 'vitest';
import { HorizontalBarChart, horizontalBarGeometry, ROW_HEIGHT } from './horizontal-bar-chart.js';

describe('the horizontal bar chart', () => {
  it('gives each bar a length in proportion to its value, one row each', () => {
    // 640 wide, 120 kept for the amounts: values 0..100 span x 8..520.
    const g = horizontalBarGeometry({
      id: 'h',
      title: 'By country',
      description: 'Bars',
      bars: [
        { key: 'KR', label: 'Korea', value: 100, valueLabel: '100' },
        { key: 'JP', label: 'Japan', value: 25, valueLabel: '25' },
      ],
    });
    expect(g.zero).toBe(8);
    expect(g.bars.map((b) => [b.x, b.width])).toEqual([
      [8, 512],
      [8, 128],
    ]);
    expect(g.bars[1]?.y).toBe((g.bars[0]?.y ?? 0) + ROW_HEIGHT);
    expect(g.height).toBe(2 * ROW_HEIGHT + 8);
  });

  it('draws a negative value left of the zero line', () => {
    const g = horizontalBarGeometry({
      id: 'h',
      title: 't',
      description: 'd',
      bars: [
        { key: 'up', label: 'up', value: 300, valueLabel: '300' },
        { key: 'down', label: 'down', value: -100, valueLabel: '-100' },
      ],
    });
    // -100..300 over 8..520: zero at 136.
    expect(g.zero).toBe(136);
    expect(g.bars[1]).toMatchObject({ x: 8, width: 128 });
    expect(g.bars[0]).toMatchObject({ x: 136, width: 384 });
  });

  it('is an image with a title and a description', async () => {
    const svg = (
      await HorizontalBarChart({
        spec: { id: 'h', title: 'By flow', description: 'New projects: 1', bars: [] },
      })
    ).toString();
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="h-title">By flow</title>');
    expect(svg).toContain('<desc id="h-desc">New projects: 1</desc>');
  });
});
