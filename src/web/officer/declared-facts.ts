/**
 * The facts an officer has to check: every proposal field read by a criterion that rests on the
 * investor's declaration (`declared: true`), with its declared value, the criteria that read it, and
 * the latest verification or correction recorded for it in the history.
 */
import { valueAt } from '../../screening/facts.js';
import type { Text } from '../../screening/i18n.js';
import {
  PROPOSAL_FIELDS,
  type ProposalField,
  READABLE_PATHS,
} from '../../screening/proposal-fields.js';
import type { ScreeningResult } from '../../screening/screening-result.js';

export type HistoryItem = {
  id: number;
  at: string;
  actor: string;
  role: string;
  action: string;
  subject: string | null;
  before: unknown;
  after: unknown;
};

export type Verification = {
  corrected: boolean;
  value: unknown;
  note: string;
  actor: string;
  at: string;
};

export type DeclaredFact = {
  path: string;
  field: ProposalField;
  declared: unknown;
  criteria: { id: string; title: Text }[];
  latest: Verification | undefined;
};

const field = (after: unknown, key: string): unknown =>
  after !== null && typeof after === 'object' ? (after as Record<string, unknown>)[key] : undefined;

/** The latest verification of each path, from the history (oldest first). */
export function verificationsByPath(history: readonly HistoryItem[]): Map<string, Verification> {
  const out = new Map<string, Verification>();
  for (const h of history) {
    if ((h.action !== 'fact.verified' && h.action !== 'fact.corrected') || !h.subject) continue;
    out.set(h.subject, {
      corrected: h.action === 'fact.corrected',
      value: field(h.after, 'value'),
      note: String(field(h.after, 'note') ?? ''),
      actor: h.actor,
      at: h.at,
    });
  }
  return out;
}

export function declaredFacts(
  screening: ScreeningResult,
  proposal: unknown,
  history: readonly HistoryItem[],
): DeclaredFact[] {
  const readers = new Map<string, { id: string; title: Text }[]>();
  for (const c of screening.criteria) {
    if (!c.declared) continue;
    for (const path of Object.keys(c.facts)) {
      // Derived facts and parameters are computed, not declared: only the proposal's own fields.
      if (!READABLE_PATHS.has(path)) continue;
      const list = readers.get(path) ?? [];
      if (!list.some((r) => r.id === c.id)) list.push({ id: c.id, title: c.title });
      readers.set(path, list);
    }
  }
  const verified = verificationsByPath(history);
  // In the proposal's own order, so the list reads like the form the investor filled in.
  return PROPOSAL_FIELDS.filter((f) => readers.has(f.path)).map((f) => ({
    path: f.path,
    field: f,
    declared: valueAt(proposal, f.path),
    criteria: readers.get(f.path) ?? [],
    latest: verified.get(f.path),
  }));
}
