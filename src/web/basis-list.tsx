/** The legal basis of a criterion, threshold or improvement: document and clause, linked when known. */
import type { Basis } from '../screening/pack-schema.js';

export function BasisList({ basis }: { basis: readonly Basis[] }) {
  return (
    <ul class="basis">
      {basis.map((b) => (
        <li>
          {b.url ? <a href={b.url}>{b.doc}</a> : b.doc}, {b.ref}
        </li>
      ))}
    </ul>
  );
}
