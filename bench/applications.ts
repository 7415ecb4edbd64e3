/**
 * The officers' application list over many applications: the default sort, filters an officer
 * uses (status and country; a sector prefix sorted by score) and a text search on names, which
 * no index serves and so scans.
 */
import type { ServiceContext } from '../src/applications/context.js';
import { ListQuery, listApplications } from '../src/applications/list-applications.js';
import type { PackRegistry } from '../src/screening/pack-registry.js';
import type { Scratch } from './database.js';
import { type Row, timeQuery } from './measure.js';

const QUERIES: [string, Record<string, string>][] = [
  ['default sort (newest first), 50 a page', {}],
  ['status under_review and country JP, newest first', { status: 'under_review', country: 'JP' }],
  ['sector 26… sorted by score', { sector: '26', sort: '-score' }],
  ['text search in names ("Investor 4242")', { q: 'Investor 4242' }],
];

export async function benchApplicationList(scratch: Scratch, packs: PackRegistry): Promise<Row[]> {
  const ctx: ServiceContext = {
    db: scratch.handle.db,
    packs,
    actor: { role: 'officer', name: 'bench' },
    clock: () => new Date(),
  };
  const rows: Row[] = [];
  for (const [name, raw] of QUERIES) {
    const query = ListQuery.parse(raw);
    const page = await listApplications(ctx, query);
    if (page.items.length === 0)
      throw new Error(`the list query "${name}" finds nothing: the bench data is wrong`);
    rows.push(await timeQuery(name, () => listApplications(ctx, query)));
  }
  return rows;
}
