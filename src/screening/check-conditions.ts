/**
 * Checks a condition against the pack: every fact exists, every parameter exists, and each operator
 * compares values of the right kind (numbers with numbers, enum values that exist, lists with members).
 */
import { forEachLeaf, PARAM_PREFIX } from './conditions.js';
import { type FactType, factType } from './fact-types.js';
import { type PackProblem, problem } from './pack-problems.js';
import type { Condition, LeafCondition, PackContent } from './pack-schema.js';

const NUMERIC_OPS = new Set([
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
]);

export function checkCondition(
  content: PackContent,
  cond: Condition,
  file: string,
  at: string,
  factAllowed: (fact: string) => boolean = () => true,
): PackProblem[] {
  const problems: PackProblem[] = [];
  forEachLeaf(cond, (leaf, sub) => {
    const path = `${at}${sub}`;
    const bad = (vi: string, en: string) => problems.push(problem(file, path, vi, en));
    const ft = leaf.fact.startsWith(PARAM_PREFIX)
      ? paramType(content, leaf.fact.slice(PARAM_PREFIX.length))
      : factAllowed(leaf.fact)
        ? factType(content, leaf.fact)
        : undefined;
    if (!ft) {
      bad(
        `Dữ kiện "${leaf.fact}" không phải là trường của hồ sơ đề xuất hoặc dữ kiện dẫn xuất đã khai báo trước đó.`,
        `Fact "${leaf.fact}" is neither a proposal field nor a derived fact declared before this point.`,
      );
      return;
    }
    const value = valueType(content, leaf, bad);
    if (value === undefined) return;
    checkOperator(leaf, ft, value, bad);
  });
  return problems;
}

function paramType(content: PackContent, id: string): FactType | undefined {
  const p = content.parameters[id];
  if (!p) return undefined;
  return p.unit === 'flag' ? { type: 'boolean' } : { type: 'number' };
}

type ValueType = { kind: 'number' | 'boolean' | 'string' | 'null' | 'array'; literals: unknown[] };

function valueType(
  content: PackContent,
  leaf: LeafCondition,
  bad: (vi: string, en: string) => void,
): ValueType | undefined {
  const v = leaf.value;
  if (Array.isArray(v)) return { kind: 'array', literals: v };
  if (v !== null && typeof v === 'object') {
    if (!v.fact.startsWith(PARAM_PREFIX)) {
      bad(
        'So sánh giữa hai dữ kiện chưa được hỗ trợ; hãy so với một tham số.',
        'Comparing two facts is not supported; compare with a parameter.',
      );
      return undefined;
    }
    const p = content.parameters[v.fact.slice(PARAM_PREFIX.length)];
    if (!p) {
      bad(
        `Không có tham số "${v.fact.slice(PARAM_PREFIX.length)}".`,
        `No parameter "${v.fact.slice(PARAM_PREFIX.length)}".`,
      );
      return undefined;
    }
    return { kind: p.unit === 'flag' ? 'boolean' : 'number', literals: [] };
  }
  if (v === null) return { kind: 'null', literals: [null] };
  return { kind: typeof v as 'number' | 'boolean' | 'string', literals: [v] };
}

function checkOperator(
  leaf: LeafCondition,
  ft: FactType,
  value: ValueType,
  bad: (vi: string, en: string) => void,
): void {
  const op = leaf.operator;
  const members = (literals: unknown[]) => {
    for (const lit of literals) {
      if (lit === null && (ft.type === 'string' || ft.type === 'number') && ft.nullable) continue;
      const okType =
        (ft.type === 'number' && typeof lit === 'number') ||
        (ft.type === 'boolean' && typeof lit === 'boolean') ||
        ((ft.type === 'string' || ft.type === 'array') && typeof lit === 'string');
      if (!okType) {
        bad(
          `Giá trị ${JSON.stringify(lit)} không cùng kiểu với dữ kiện "${leaf.fact}".`,
          `Value ${JSON.stringify(lit)} is not of the type of fact "${leaf.fact}".`,
        );
      } else if (
        'values' in ft &&
        ft.values &&
        typeof lit === 'string' &&
        !ft.values.includes(lit)
      ) {
        bad(
          `Giá trị "${lit}" không có trong các giá trị của "${leaf.fact}": ${ft.values.join(', ')}.`,
          `Value "${lit}" is not among the values of "${leaf.fact}": ${ft.values.join(', ')}.`,
        );
      }
    }
  };
  if (NUMERIC_OPS.has(op)) {
    if (ft.type !== 'number' || value.kind !== 'number') {
      bad(`Toán tử ${op} chỉ so sánh số với số.`, `Operator ${op} compares numbers only.`);
    }
    return;
  }
  if (op === 'in' || op === 'notIn') {
    if (value.kind !== 'array' || ft.type === 'array') {
      bad(
        `Toán tử ${op} cần một dữ kiện đơn và một danh sách giá trị.`,
        `Operator ${op} needs a single-valued fact and a list of values.`,
      );
      return;
    }
    members(value.literals);
    return;
  }
  if (op === 'contains' || op === 'doesNotContain') {
    if (ft.type !== 'array' || value.kind === 'array' || value.kind === 'null') {
      bad(
        `Toán tử ${op} cần một dữ kiện dạng danh sách và một giá trị.`,
        `Operator ${op} needs a list-valued fact and one value.`,
      );
      return;
    }
    members(value.literals);
    return;
  }
  // equal / notEqual
  if (value.kind === 'array' || ft.type === 'array') {
    bad(`Toán tử ${op} so sánh hai giá trị đơn.`, `Operator ${op} compares two single values.`);
    return;
  }
  if (value.literals.length === 0) {
    const kind = ft.type === 'number' ? 'number' : ft.type === 'boolean' ? 'boolean' : 'string';
    if (kind !== value.kind)
      bad(
        `Tham số không cùng kiểu với dữ kiện "${leaf.fact}".`,
        `The parameter is not of the type of fact "${leaf.fact}".`,
      );
    return;
  }
  members(value.literals);
}
