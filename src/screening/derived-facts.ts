/**
 * Derived facts: values computed from the proposal, the pack's catalogues and its parameters
 * (capital in VND, capital per hectare, a size tier, an area's tags, the sector lists a code falls
 * in). The pack defines them; this module knows only the few expression kinds.
 */
import {
  compileCondition,
  type Facts,
  factsRead,
  PARAM_PREFIX,
  type ParamLookup,
} from './conditions.js';
import type { DerivedExpr, PackContent } from './pack-schema.js';

type Getter = (facts: Facts) => unknown;
export type DeriveStep = { id: string; compute: Getter };

export function operandsOf(expr: DerivedExpr): string[] {
  if ('multiply' in expr) return [...expr.multiply];
  if ('divide' in expr) return [...expr.divide];
  if ('areaTags' in expr) return [expr.areaTags];
  if ('parkKind' in expr) return [expr.parkKind];
  if ('sectorLists' in expr) return [expr.sectorLists];
  return [];
}

function operand(name: string, param: ParamLookup): Getter {
  if (name.startsWith(PARAM_PREFIX)) {
    const value = param(name.slice(PARAM_PREFIX.length));
    return () => value;
  }
  return (facts) => facts[name];
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Facts a derived expression reads: its operands and, for `firstOf`, its conditions' facts. */
export function derivedReads(expr: DerivedExpr): string[] {
  const reads = operandsOf(expr).filter((o) => !o.startsWith(PARAM_PREFIX));
  if ('firstOf' in expr) for (const b of expr.firstOf) factsRead(b.when, reads);
  return reads;
}

/**
 * The derived facts in an order where each comes after those it reads. Computed, not taken from
 * the file: stored packs come back from JSONB, which does not keep the order of object keys.
 * Throws on a cycle (the pack checker reports it first).
 */
export function derivedOrder(content: PackContent): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting')
      throw new Error(`derived facts form a cycle: ${[...trail, id].join(' → ')}`);
    state.set(id, 'visiting');
    const def = content.derived[id];
    if (def)
      for (const r of derivedReads(def.expr)) if (content.derived[r]) visit(r, [...trail, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of Object.keys(content.derived).sort()) visit(id, []);
  return order;
}

export function compileDerived(content: PackContent, param: ParamLookup): DeriveStep[] {
  const areaTags = new Map(content.catalogues.areas.map((a) => [a.id, a.tags]));
  const parkKind = new Map(content.catalogues.parks.map((p) => [p.id, p.kind]));

  return derivedOrder(content).map((id): DeriveStep => {
    const expr = (content.derived[id] as PackContent['derived'][string]).expr;
    if ('multiply' in expr) {
      const [a, b] = expr.multiply.map((o) => operand(o, param)) as [Getter, Getter];
      return {
        id,
        compute: (f) => {
          const x = a(f);
          const y = b(f);
          return finite(x) && finite(y) ? x * y : null;
        },
      };
    }
    if ('divide' in expr) {
      const [a, b] = expr.divide.map((o) => operand(o, param)) as [Getter, Getter];
      return {
        id,
        compute: (f) => {
          const x = a(f);
          const y = b(f);
          return finite(x) && finite(y) && y !== 0 ? x / y : null;
        },
      };
    }
    if ('firstOf' in expr) {
      const branches = expr.firstOf.map((b) => ({
        when: compileCondition(b.when, param),
        value: b.value,
      }));
      const otherwise = expr.otherwise;
      return {
        id,
        compute: (f) => {
          for (const b of branches) if (b.when(f)) return b.value ?? otherwise;
          return otherwise;
        },
      };
    }
    if ('areaTags' in expr) {
      const src = expr.areaTags;
      return { id, compute: (f) => areaTags.get(f[src] as string) ?? [] };
    }
    if ('parkKind' in expr) {
      const src = expr.parkKind;
      return { id, compute: (f) => parkKind.get(f[src] as string) ?? null };
    }
    const src = expr.sectorLists;
    const which = expr.which;
    const lists = content.catalogues.sectorLists.filter(
      (l) => !expr.group || l.group === expr.group,
    );
    const index = lists.length <= 30 ? prefixIndex(lists.map((l) => l.prefixes)) : undefined;
    return {
      id,
      compute: (f) => {
        const all = (f[src] as string[] | undefined) ?? [];
        if (!Array.isArray(all)) {
          // Not a list (the contract forbids it): behave exactly as the original expression did.
          const odd = all as unknown as string[];
          const codes = which === 'main' ? odd.slice(0, 1) : which === 'other' ? odd.slice(1) : odd;
          return lists
            .filter((l) => l.prefixes.some((p) => codes.some((c) => c.startsWith(p))))
            .map((l) => l.id);
        }
        const from = which === 'other' ? 1 : 0;
        const to = which === 'main' ? Math.min(1, all.length) : all.length;
        const out: string[] = [];
        const hits = index ? listsMatching(index, all, from, to) : -1;
        if (hits >= 0) {
          for (let i = 0; i < lists.length; i++)
            if (hits & (1 << i)) out.push((lists[i] as (typeof lists)[number]).id);
          return out;
        }
        for (const l of lists) if (inAny(l.prefixes, all, from, to)) out.push(l.id);
        return out;
      },
    };
  });
}

/**
 * The lists' prefixes by length, each with the bit of every list that has it: a code falls in a
 * list exactly when one of its own leading parts is such a prefix, so a handful of lookups per
 * code replace comparing it with every prefix of every list.
 */
type PrefixIndex = { lengths: number[]; masks: Map<string, number> };

function prefixIndex(prefixesOfLists: readonly (readonly string[])[]): PrefixIndex {
  const masks = new Map<string, number>();
  prefixesOfLists.forEach((prefixes, i) => {
    for (const p of prefixes) masks.set(p, (masks.get(p) ?? 0) | (1 << i));
  });
  const lengths = [...new Set([...masks.keys()].map((p) => p.length))].sort((a, b) => a - b);
  return { lengths, masks };
}

/** The bits of the lists that any of `codes[from..to)` falls in; -1 if a code is not a string. */
function listsMatching(index: PrefixIndex, codes: readonly string[], from: number, to: number) {
  let hits = 0;
  for (let i = from; i < to; i++) {
    const code = codes[i];
    if (typeof code !== 'string') return -1;
    for (const n of index.lengths) {
      if (n > code.length) break;
      hits |= index.masks.get(n === code.length ? code : code.slice(0, n)) ?? 0;
    }
  }
  return hits;
}

/** Whether any of `codes[from..to)` starts with any of the prefixes. */
function inAny(prefixes: readonly string[], codes: readonly string[], from: number, to: number) {
  for (const p of prefixes)
    for (let i = from; i < to; i++) if ((codes[i] as string).startsWith(p)) return true;
  return false;
}

export function applyDerived(steps: readonly DeriveStep[], facts: Facts): Facts {
  for (const s of steps) facts[s.id] = s.compute(facts);
  return facts;
}
