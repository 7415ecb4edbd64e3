/**
 * Text the database cannot store — NUL characters and lone UTF-16 surrogates — found anywhere in a
 * parsed value, each with its path: what the API and the pages refuse before anything is stored.
 */
import { formatPath, type ValidationIssue } from './validation-issues.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point of this pattern.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_ISSUES = 50;

function issue(path: PropertyKey[]): ValidationIssue {
  return {
    path: formatPath(path),
    rule: 'invalid_character',
    message: {
      vi: 'Văn bản chứa ký tự không lưu được (ký tự NUL hoặc mã UTF-16 không ghép cặp).',
      en: 'The text contains a character that cannot be stored (NUL or an unpaired UTF-16 surrogate).',
    },
  };
}

/** A path as a chain of links, so walking a deep value does not copy a path at every level. */
type Trail = { key: PropertyKey; up: Trail | undefined } | undefined;

function pathOf(trail: Trail): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let t = trail; t; t = t.up) path.push(t.key);
  return path.reverse();
}

/** Every string (and key) in a parsed JSON value that cannot be stored, walked without recursion. */
export function unstorableText(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const stack: { value: unknown; trail: Trail }[] = [{ value, trail: undefined }];
  while (stack.length > 0 && out.length < MAX_ISSUES) {
    const { value: v, trail } = stack.pop() as { value: unknown; trail: Trail };
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) out.push(issue(pathOf(trail)));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ value: v[i], trail: { key: i, up: trail } });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v).reverse()) {
        const here = { key: k, up: trail };
        if (UNSTORABLE.test(k)) out.push(issue(pathOf(here)));
        stack.push({ value: child, trail: here });
      }
    }
  }
  return out;
}
