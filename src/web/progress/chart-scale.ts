/** The arithmetic the charts share: linear scales, round tick steps, coordinates kept short. */

export type Tick = { value: number; label: string };
export type Point = { x: number; y: number };

/** Maps `domain` onto `range` linearly; a domain of zero width maps everything to the range's start. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (v) => (span === 0 ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** Two decimals are finer than a pixel, and keep the SVG small and its output stable. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A step of 1, 2 or 5 × 10ⁿ that cuts `span` into about `count` intervals. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** Tick values at a round step covering [min, max] (0 always included when in the range). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const step = niceStep(hi - lo, count);
  const out: number[] = [];
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  for (let i = first; i <= last; i++) out.push(round2(i * step) || 0);
  return out;
}

/** An SVG path through the points: a move, then straight lines. */
export function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round2(p.x)} ${round2(p.y)}`).join(' ');
}
