/**
 * The outside of every chart: an SVG image of a given size, named by its title and described by
 * its description (`role="img"` with `aria-labelledby`), so a screen reader announces both.
 */
import type { Child } from 'hono/jsx';

export function ChartFrame(props: {
  id: string;
  kind: string;
  title: string;
  description: string;
  width: number;
  height: number;
  children?: Child;
}) {
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${props.width} ${props.height}`}
      width={props.width}
      height={props.height}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      class={`chart ${props.kind}`}
      id={props.id}
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>{props.description}</desc>
      {props.children}
    </svg>
  );
}
