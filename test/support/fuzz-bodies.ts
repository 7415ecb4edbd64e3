/**
 * Generators for the API fuzz suite: hostile values (wrong types, huge and negative numbers,
 * unicode edge cases, invalid dates, deep nesting, long strings), mutations of a route's valid
 * body, raw texts JSON.stringify cannot make (1e400, truncation), wrong content types, and hostile
 * path parameters and query strings. Each generated request is plain data, so a failing example
 * prints readably and can be kept as a regular test.
 */
import fc from 'fast-check';

/** One request as the fuzz suite sends it; `raw` is the body text exactly as it goes on the wire. */
export type FuzzRequest = {
  kind: 'body' | 'raw' | 'media-type' | 'path' | 'query';
  method: string;
  path: string;
  query: string;
  contentType: string | undefined;
  raw: string | undefined;
  /** True when no reading of the request can be valid: the answer must be a 4xx. */
  mustRefuse: boolean;
};

// Lone surrogates cannot be percent-encoded as UTF-8; they go as the bytes of an encoded surrogate,
// which a URL decoder must refuse or replace.
const LONE_SURROGATE = /([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;

/** encodeURIComponent for any JS string, lone surrogates included. */
export function encodeText(s: string): string {
  return s
    .split(LONE_SURROGATE)
    .map((part, i) => (i % 2 === 1 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}

const nested = (depth: number, leaf: unknown, asObject: boolean): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
};

/** Strings that have broken text handling elsewhere: marks, direction, NUL, surrogates, BOM. */
export const UNICODE_EDGES = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDC00y',
  '\uD83D',
  '😀',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308',
  'Z̸̡̢̛̙̗̘̙̦̺̹̲̼͓̈́̋̊̽͊̃̈́͜͠a̵̛̺̝̟l̶̨̼̈́g̸̛̰o',
  '\u202eevil\u202c',
  'مرحبا بالعالم',
  'שלום',
  '\u200b\u200c\u200d\u2060',
  '\ufeff',
  '\ufffe\uffff',
  '\r\n\t\u000b\u000c',
  'Nguyễn Văn Ánh',
  '../../etc/passwd',
  "'; DROP TABLE applications; --",
  '%00%ZZ%',
  '__proto__',
  'constructor',
  '{"a":1}',
];

export const INVALID_DATES = [
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '0000-00-00',
  '2025-1-1',
  '99999-01-01',
  '-2025-01-01',
  '2025-03-14T25:00:00Z',
  '2025-03-14T00:00:00Z',
  '14/03/2025',
  'yesterday',
  'NaN',
  '2024-02-29x',
];

const HUGE_NUMBERS = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -(Number.MAX_SAFE_INTEGER + 2),
  2 ** 63,
  -(2 ** 31) - 1,
  2 ** 31,
  -1,
  -0.5,
  0,
  -0,
  0.1 + 0.2,
];

/** Any value a client could send where the contract expects something else. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom<unknown>(null, true, false, 0, '', [], {}), weight: 2 },
    { arbitrary: fc.constantFrom<unknown>(...HUGE_NUMBERS), weight: 3 },
    { arbitrary: fc.double(), weight: 1 },
    { arbitrary: fc.integer({ min: -2_147_483_649, max: 2_147_483_649 }), weight: 1 },
    { arbitrary: fc.constantFrom<unknown>(...UNICODE_EDGES), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 40 }), weight: 1 },
    { arbitrary: fc.constantFrom<unknown>(...INVALID_DATES), weight: 2 },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: 1_000, max: 300_000 }), fc.constantFrom('x', 'ế', '😀', '\u0301'))
        .map(([n, c]) => c.repeat(n)),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: 10, max: 3_000 }), hostileLeaf(), fc.boolean())
        .map(([depth, leaf, asObject]) => nested(depth, leaf, asObject)),
      weight: 1,
    },
    {
      arbitrary: fc.array(fc.constantFrom<unknown>(1, 'a', null, {}), { maxLength: 2_000 }),
      weight: 1,
    },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  );
}

const hostileLeaf = () => fc.constantFrom<unknown>(0, 'x', null, '\u0000', '\uD800', 1e308);

/** Every path to a value in a JSON value, so a mutation can land anywhere in a body. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pathsOf(v, [...prefix, i]));
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

type Mutation =
  | { op: 'set'; at: (string | number)[]; value: unknown }
  | { op: 'delete'; at: (string | number)[] }
  | { op: 'extra'; at: (string | number)[]; key: string; value: unknown };

/** A copy of `body` with one change at a path; setting the root replaces the whole body. */
export function applyMutation(body: unknown, m: Mutation): unknown {
  if (m.op !== 'extra' && m.at.length === 0) return m.op === 'set' ? m.value : undefined;
  const copy = structuredClone(body);
  let parent: unknown = copy;
  const steps = m.op === 'extra' ? m.at : m.at.slice(0, -1);
  for (const step of steps) parent = (parent as Record<string | number, unknown>)[step];
  if (parent === null || typeof parent !== 'object') return copy;
  const target = parent as Record<string | number, unknown>;
  if (m.op === 'extra') target[m.key] = m.value;
  else {
    const last = m.at[m.at.length - 1] as string | number;
    if (m.op === 'set') target[last] = m.value;
    else if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  }
  return copy;
}

/** One mutation of a valid body: a field set to a hostile value, removed, or an extra field. */
export function mutation(base: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(base);
  const at = fc.constantFrom(...paths);
  const objects = paths.filter((p) => {
    let v: unknown = base;
    for (const s of p) v = (v as Record<string | number, unknown>)[s];
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  return fc.oneof(
    {
      arbitrary: fc.record({ op: fc.constant('set' as const), at, value: hostileValue() }),
      weight: 6,
    },
    { arbitrary: fc.record({ op: fc.constant('delete' as const), at }), weight: 2 },
    {
      arbitrary: fc.record({
        op: fc.constant('extra' as const),
        at: fc.constantFrom(...(objects.length > 0 ? objects : [[]])),
        key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'status', ''), fc.string()),
        value: hostileValue(),
      }),
      weight: 2,
    },
  );
}

/**
 * Raw texts that break JSON itself or that JSON.stringify cannot produce: a number too big for a
 * double, truncation, trailing garbage, comments, duplicate keys, a raw NUL, a top-level scalar.
 */
export function rawBody(validText: string): fc.Arbitrary<{ raw: string; mustRefuse: boolean }> {
  const numbers = [...validText.matchAll(/(?<=:)-?\d+(\.\d+)?(?=[,}\]])/g)].map((m) => m.index);
  const withNumber = (replacement: string) =>
    numbers.length === 0
      ? fc.constant(`{"x":${replacement}}`)
      : fc.constantFrom(...numbers).map((i) => {
          const end = i + (/^-?\d+(\.\d+)?/.exec(validText.slice(i))?.[0].length ?? 0);
          return validText.slice(0, i) + replacement + validText.slice(end);
        });
  // Always refused: the text is not JSON, or its top level is not an object.
  const broken = fc.oneof(
    fc
      .integer({ min: 0, max: Math.max(0, validText.length - 1) })
      .map((n) => validText.slice(0, n)),
    fc.constantFrom(
      `${validText}}`,
      `${validText},`,
      `${validText}garbage`,
      `/* c */${validText}`,
      validText.replace('{', "{'a':1,"),
      validText.replace('{', '{\u0000'),
      validText.replace(':', '::'),
      `{"a":${'['.repeat(5_000)}`,
      '['.repeat(100_000),
      'NaN',
      'Infinity',
      'undefined',
      '{"a":.5}',
      '{"a":01}',
      '{"a":0x10}',
      '{"a":"\\x41"}',
      '{"a":"\\uD8"}',
      'null',
      '[]',
      '"text"',
      '42',
      'true',
    ),
  );
  // Well-formed JSON that a decoder may read surprisingly: each is still a 4xx or a plain answer.
  const odd = fc.oneof(
    withNumber('1e400'),
    withNumber('-1e400'),
    withNumber('1e-400'),
    withNumber('123456789012345678901234567890'),
    withNumber('-0'),
    withNumber('1E+2'),
    // A byte order mark, which a reader may ignore (RFC 8259 §8.1) and TextDecoder does.
    fc.constant(`\uFEFF${validText}`),
    fc.constant(validText.replace('{', '{"a":1,"a":2,')),
    fc.constant(validText.replace('{', `{"__proto__":{"polluted":true},`)),
  );
  return fc.oneof(
    { arbitrary: broken.map((raw) => ({ raw, mustRefuse: true })), weight: 3 },
    { arbitrary: odd.map((raw) => ({ raw, mustRefuse: false })), weight: 2 },
  );
}

/** Content types that are not JSON in UTF-8; a body under any of them must get a 415. */
export const WRONG_MEDIA_TYPES: (string | undefined)[] = [
  undefined,
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=iso-8859-1',
  'application/json; charset=utf-16',
  'application/jsonx',
  'json',
  '',
  '*/*',
  'application/octet-stream',
];

/** Path parameters that are not what a route expects: not UUIDs, unicode, very long, encoded oddly. */
export function hostileSegment(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      'not-a-uuid',
      '00000000-0000-0000-0000-000000000000',
      'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
      '{00000000-0000-0000-0000-000000000000}',
      '1',
      '-1',
      '1e400',
      'null',
      'undefined',
      '..',
      '%2e%2e',
      '%00',
      '%',
      '%zz',
      '%E0%A4%A',
      '%ED%A0%80',
      '%F0%9F%98%80',
      '1.0.0%00',
      '1.0.0',
      '999.999.999',
      "'%20OR%201=1",
      '%5Cx',
    ),
    fc.constantFrom(...UNICODE_EDGES.filter((s) => s !== '')).map(encodeText),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encodeText),
    fc.uuid().map((u) => u),
    fc.integer({ min: 201, max: 10_000 }).map((n) => 'a'.repeat(n)),
  );
}

/** Query names any route might read, and some no route reads. */
const QUERY_NAMES = [
  'receipt',
  'cursor',
  'limit',
  'status',
  'band',
  'eligible',
  'reviewRequired',
  'country',
  'sector',
  'area',
  'q',
  'from',
  'to',
  'asOf',
  'pack',
  'by',
  'measure',
  'version',
  'lang',
  'format',
  '__proto__',
];

/** A query string of hostile names and values, sometimes with raw (broken) percent-encoding. */
export function hostileQuery(): fc.Arbitrary<string> {
  const value = fc.oneof(
    hostileValue().map((v) =>
      encodeText(
        typeof v === 'string' ? v.slice(0, 3_000) : (JSON.stringify(v)?.slice(0, 3_000) ?? ''),
      ),
    ),
    fc.constantFrom(
      '%',
      '%zz',
      '%00',
      '%ED%A0%80',
      '%C0%AF',
      '-1',
      '0',
      '1e400',
      '501',
      'true',
      'yes',
    ),
    fc.constantFrom(...INVALID_DATES).map(encodeText),
  );
  const name = fc.oneof(
    fc.constantFrom(...QUERY_NAMES),
    fc.string({ maxLength: 10 }).map(encodeText),
  );
  return fc
    .array(fc.tuple(name, value), { minLength: 1, maxLength: 5 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
}
