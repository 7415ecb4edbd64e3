/**
 * Derived facts: values computed from the proposal, the pack's catalogues and its parameters
 * (capital in VND, capital per hectare, a size tier, an area's tags, the sector lists a code falls
 * in). The pack defines them; this module knows only the few expression kinds.
 */

import type { DerivedExpr, PackContent } from '../../../src/screening/pack-schema.js';
import {
  compileCondition,
  type Facts,
  factsRead,
  PARAM_PREFIX,
  type ParamLookup,
} from './conditions.js';

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
      return { id, compute: (f) => branches.find((b) => b.when(f))?.value ?? otherwise };
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
    return {
      id,
      compute: (f) => {
        const all = (f[src] as string[] | undefined) ?? [];
        const codes = which === 'main' ? all.slice(0, 1) : which === 'other' ? all.slice(1) : all;
        return lists
          .filter((l) => l.prefixes.some((p) => codes.some((c) => c.startsWith(p))))
          .map((l) => l.id);
      },
    };
  });
}

export function applyDerived(steps: readonly DeriveStep[], facts: Facts): Facts {
  for (const s of steps) facts[s.id] = s.compute(facts);
  return facts;
}
