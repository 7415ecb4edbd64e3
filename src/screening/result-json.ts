/**
 * A screening result as JSON, byte for byte what `JSON.stringify(result)` gives (the stored
 * `resultHash` is taken over that text), only cheaper: most of a result's ~26 KB are criterion
 * titles and legal bases, the same objects in every result of a compiled engine, so their JSON is
 * made once and kept by object identity. Everything made per result is serialised per result.
 * Key order follows `screenWithEngine` in `screen-proposal.ts`; `result-json.test.ts` holds the
 * two equal over generated proposals of every pack version.
 */

import type { Text } from './i18n.js';
import type { Basis } from './pack-schema.js';
import type { CriterionResult, Improvement, ScreeningResult } from './screening-result.js';

/**
 * JSON of objects an engine shares across results, which nothing mutates. Only such objects may
 * be put here: one made per result would never be found again and would only load the GC.
 */
type Shared = Text | Basis[] | CriterionResult['thresholds'];

const sharedJson = new WeakMap<Shared, string>();

function shared(value: Shared): string {
  let json = sharedJson.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    sharedJson.set(value, json);
  }
  return json;
}

// JSON.stringify costs ~0.1 µs a call before any work, and a result has hundreds of small strings.
// A string with nothing to escape (no quote, backslash, control character or surrogate, which
// JSON.stringify escapes when lone) is written as is; any other goes through JSON.stringify.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON escapes.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function str(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** As JSON.stringify writes a number: NaN and ±Infinity become null. */
function num(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

function bool(value: boolean): string {
  return value ? 'true' : 'false';
}

/** A value as JSON.stringify writes it inside an object; undefined when it leaves the key out. */
function value(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number') return num(v);
  if (typeof v === 'boolean') return bool(v);
  if (v === null) return 'null';
  return JSON.stringify(v);
}

/** A flat object made per result (facts, thresholds, texts), in JSON.stringify's key order. */
function record(obj: object): string {
  let out = '';
  for (const key of Object.keys(obj)) {
    const json = value((obj as Record<string, unknown>)[key]);
    if (json === undefined) continue;
    out += `${out === '' ? '{' : ','}${str(key)}:${json}`;
  }
  return out === '' ? '{}' : `${out}}`;
}

/**
 * A criterion's thresholds are one frozen object per engine when `screen-proposal.ts` shares them;
 * frozen, they cannot change under the cached text. Any other object is one made per result.
 */
function thresholdsJson(thresholds: CriterionResult['thresholds']): string {
  return Object.isFrozen(thresholds) ? shared(thresholds) : record(thresholds);
}

function criterionJson(c: CriterionResult): string {
  return (
    `{"id":${str(c.id)},"kind":${str(c.kind)},"outcome":${str(c.outcome)},` +
    `"points":${num(c.points)},"maxPoints":${num(c.maxPoints)},` +
    `"facts":${record(c.facts)},"thresholds":${thresholdsJson(c.thresholds)},` +
    `"declared":${bool(c.declared)},"title":${shared(c.title)},` +
    `"reason":${record(c.reason)},"basis":${shared(c.basis)}}`
  );
}

function incentiveJson(i: ScreeningResult['incentives'][number]): string {
  return `{"id":${str(i.id)},"title":${shared(i.title)},"basis":${shared(i.basis)}}`;
}

function improvementJson(i: Improvement): string {
  // `change` is per result, and its `from` may be undefined (the key is then left out).
  return (
    `{"criterion":${str(i.criterion)},"change":${JSON.stringify(i.change)},` +
    `"gain":${num(i.gain)},"bandAfter":${str(i.bandAfter)},"text":${record(i.text)},` +
    `"basis":${shared(i.basis)},"scoreAfter":${num(i.scoreAfter)},` +
    `"eligibleAfter":${bool(i.eligibleAfter)},"reviewRequiredAfter":${bool(i.reviewRequiredAfter)}}`
  );
}

function list<T>(items: readonly T[], item: (value: T) => string): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    out += item(items[i] as T);
  }
  return `${out}]`;
}

/** `JSON.stringify(result)`, byte-identical, for a result made by `screenProposal`. */
export function screeningResultJson(result: ScreeningResult): string {
  // The band label of the ineligible band, and every notice, are made per result: not cached.
  return (
    `{"pack":${JSON.stringify(result.pack)},"asOf":${str(result.asOf)},` +
    `"eligible":${bool(result.eligible)},"reviewRequired":${bool(result.reviewRequired)},` +
    `"score":${num(result.score)},` +
    `"band":{"id":${str(result.band.id)},"label":${record(result.band.label)}},` +
    `"criteria":${list(result.criteria, criterionJson)},` +
    `"incentives":${list(result.incentives, incentiveJson)},` +
    `"improvements":${list(result.improvements, improvementJson)},` +
    `"notices":${JSON.stringify(result.notices)}}`
  );
}
