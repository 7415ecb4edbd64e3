/**
 * A proposal as engine facts: one entry per contract field, keyed by its dotted path, plus the
 * pack's derived facts. Absent optional fields take the value the contract gives them, or stay
 * undefined so that the criteria reading them come out `unknown`.
 */

import { PROPOSAL_FIELDS } from '../../../src/screening/proposal-fields.js';
import type { Facts } from './conditions.js';

const READ = PROPOSAL_FIELDS.filter((f) => f.path.includes('.')).map((f) => ({
  path: f.path,
  keys: f.path.split('.') as [string, string],
  absent: f.absentMeans,
  hasDefault: 'absentMeans' in f,
}));

export function proposalFacts(proposal: unknown): Facts {
  const facts: Facts = {};
  const root = proposal as Record<string, Record<string, unknown> | undefined>;
  for (const f of READ) {
    const value = root[f.keys[0]]?.[f.keys[1]];
    facts[f.path] = value === undefined && f.hasDefault ? f.absent : value;
  }
  return facts;
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
