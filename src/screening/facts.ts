/**
 * A proposal as engine facts: one entry per contract field, keyed by its dotted path, plus the
 * pack's derived facts. Absent optional fields take the value the contract gives them, or stay
 * undefined so that the criteria reading them come out `unknown`.
 */
import { compileSource, type Facts, literal, literalKey, newSource } from './conditions.js';
import { PROPOSAL_FIELDS } from './proposal-fields.js';

const READ = PROPOSAL_FIELDS.filter((f) => f.path.includes('.')).map((f) => ({
  path: f.path,
  keys: f.path.split('.') as [string, string],
  absent: f.absentMeans,
  hasDefault: 'absentMeans' in f,
}));

/** The same fields in runs sharing a section, in the same order: each section is read once. */
const RUNS: { section: string; fields: typeof READ }[] = [];
for (const f of READ) {
  const last = RUNS[RUNS.length - 1];
  if (last && last.section === f.keys[0]) last.fields.push(f);
  else RUNS.push({ section: f.keys[0], fields: [f] });
}

/**
 * The maker of one engine's facts, generated as a single object literal holding every input and
 * derived fact (derived ones undefined until computed). Built key by key, an object of ~50 dotted
 * keys falls into V8's slow dictionary mode; a literal of fixed keys gets one fast shape, on which
 * every generated condition (see `conditions.ts`) reads a fact at the cost of a field load.
 * The keys come from the contract and the pack's derived ids, written as JSON string literals.
 * `test/engine-differential.test.ts` holds it equal to the plain loop it replaced.
 */
export function factsMaker(derivedIds: readonly string[]): (proposal: unknown) => Facts {
  const src = newSource();
  const lines: string[] = [];
  const props: string[] = [];
  const paths = new Set<string>();
  RUNS.forEach((run, r) => {
    lines.push(`const s${r} = p == null ? undefined : p[${JSON.stringify(run.section)}];`);
    run.fields.forEach((f, i) => {
      const v = `s${r} == null ? undefined : s${r}[${JSON.stringify(f.keys[1])}]`;
      if (f.hasDefault) {
        lines.push(`let v${r}_${i} = ${v};`);
        lines.push(`if (v${r}_${i} === undefined) v${r}_${i} = ${literal(f.absent, src)};`);
      } else lines.push(`const v${r}_${i} = ${v};`);
      props.push(`${literalKey(f.path)}: v${r}_${i}`);
      paths.add(f.path);
    });
  });
  for (const id of derivedIds) if (!paths.has(id)) props.push(`${literalKey(id)}: undefined`);
  const body = `{\n${lines.join('\n')}\nreturn {${props.join(', ')}};\n}`;
  return compileSource<(proposal: unknown) => Facts>('p', body, src);
}

/** Reads a dotted path (`a.b`) of a proposal. */
export function valueAt(proposal: unknown, path: string): unknown {
  let node: unknown = proposal;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of a proposal with one dotted path set; the original is not touched. */
export function withValueAt<T>(proposal: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const copy = structuredClone(proposal) as Record<string, unknown>;
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as T;
}
