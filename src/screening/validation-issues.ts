/**
 * Validation problems as data: each names the JSON path, the rule broken and a message in
 * Vietnamese and English. zod's issues are translated here so every rejection speaks both languages.
 */
import type { z } from 'zod';
import type { Text } from './i18n.js';

export type ValidationIssue = { path: string; rule: string; message: Text };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const TYPE_NAMES: Record<string, Text> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'giá trị true hoặc false', en: 'true or false' },
  object: { vi: 'đối tượng JSON', en: 'a JSON object' },
  array: { vi: 'mảng', en: 'an array' },
  null: { vi: 'null', en: 'null' },
};

function typeName(expected: string): Text {
  return TYPE_NAMES[expected] ?? { vi: expected, en: expected };
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** One zod issue may become several (an unknown-keys issue names each key). */
export function fromZodIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const path = [...prefix, ...issue.path];
  const at = formatPath(path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return [
          {
            path: at,
            rule: 'required',
            message: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
          },
        ];
      }
      const t = typeName(issue.expected);
      return [
        { path: at, rule: 'type', message: { vi: `Phải là ${t.vi}.`, en: `Must be ${t.en}.` } },
      ];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') {
        return [
          {
            path: at,
            rule: 'min_items',
            message: { vi: `Cần ít nhất ${min} phần tử.`, en: `Needs at least ${min} item(s).` },
          },
        ];
      }
      if (issue.origin === 'string') {
        return [
          {
            path: at,
            rule: 'min_length',
            message: { vi: `Cần ít nhất ${min} ký tự.`, en: `Needs at least ${min} character(s).` },
          },
        ];
      }
      const op = issue.inclusive ? { vi: '≥', en: 'at least' } : { vi: '>', en: 'greater than' };
      return [
        {
          path: at,
          rule: 'minimum',
          message: { vi: `Phải ${op.vi} ${min}.`, en: `Must be ${op.en} ${min}.` },
        },
      ];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') {
        return [
          {
            path: at,
            rule: 'max_items',
            message: { vi: `Tối đa ${max} phần tử.`, en: `At most ${max} item(s).` },
          },
        ];
      }
      if (issue.origin === 'string') {
        return [
          {
            path: at,
            rule: 'max_length',
            message: { vi: `Tối đa ${max} ký tự.`, en: `At most ${max} character(s).` },
          },
        ];
      }
      const op = issue.inclusive ? { vi: '≤', en: 'at most' } : { vi: '<', en: 'less than' };
      return [
        {
          path: at,
          rule: 'maximum',
          message: { vi: `Phải ${op.vi} ${max}.`, en: `Must be ${op.en} ${max}.` },
        },
      ];
    }
    case 'invalid_value':
      return [
        {
          path: at,
          rule: 'enum',
          message: {
            vi: `Giá trị không hợp lệ; chọn một trong: ${list(issue.values)}.`,
            en: `Invalid value; use one of: ${list(issue.values)}.`,
          },
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        rule: 'unknown_field',
        message: {
          vi: 'Trường không được định nghĩa; hãy kiểm tra chính tả.',
          en: 'Unknown field; check its spelling.',
        },
      }));
    case 'invalid_format':
      return [{ path: at, rule: 'format', message: { vi: 'Sai định dạng.', en: 'Wrong format.' } }];
    case 'custom': {
      const p = issue.params as { rule?: string; vi?: string; en?: string } | undefined;
      if (p?.vi && p.en)
        return [{ path: at, rule: p.rule ?? 'custom', message: { vi: p.vi, en: p.en } }];
      return [{ path: at, rule: 'custom', message: { vi: issue.message, en: issue.message } }];
    }
    default:
      return [
        {
          path: at,
          rule: issue.code,
          message: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
        },
      ];
  }
}

export function fromZodError(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  return error.issues.flatMap((i) => fromZodIssue(i, prefix));
}
