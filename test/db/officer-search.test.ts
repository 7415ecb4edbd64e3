/**
 * The officers' list filters that migration 0008 indexes: a sector code prefix matches an
 * application when any of its codes starts with it (never a code merely containing it), names are
 * found by any part, and both filters are in the form their indexes answer — on PGlite and on
 * PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { and, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import {
  applicationFilters,
  ListQuery,
  listApplications,
} from '../../src/applications/list-applications.js';
import { submitApplication } from '../../src/applications/submit-application.js';
import type { Database } from '../../src/db/client.js';
import { applications } from '../../src/db/schema.js';
import { syncPackVersions } from '../../src/packs/stored-versions.js';
import type { PackRegistry } from '../../src/screening/pack-registry.js';
import { context, INVESTOR, OFFICER, proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { repoPacks } from '../support/packs.js';

describeEachDatabase('officer search', (open) => {
  let db: Database;
  let packs: PackRegistry;
  const marker = `Search ${randomUUID().slice(0, 8)}`;
  const names = new Map<string, string>();

  beforeAll(async () => {
    db = (await open()).db;
    packs = (await repoPacks()).registry;
    await syncPackVersions(db, packs, 'test');
    const cases: [string, string[]][] = [
      ['chips', ['2610']],
      ['second-code', ['1010', '2620']],
      ['contains-61', ['1610']],
      ['garments', ['1410', '1420']],
    ];
    for (const [key, codes] of cases) {
      const name = `${marker} ${key} Ltd (fictional)`;
      const { status, body } = await submitApplication(context(db, packs, INVESTOR), {
        body: await proposal({ 'project.name': name, 'project.sectorCodes': codes }),
      });
      expect(status).toBe(201);
      names.set(body.id, key);
    }
  });

  const list = async (query: Record<string, string>) => {
    const page = await listApplications(
      context(db, packs, OFFICER),
      ListQuery.parse({ q: marker, limit: '200', ...query }),
    );
    return page.items.map((i) => names.get(i.id)).sort();
  };

  it('matches a sector prefix of 2 to 5 digits against every code of an application', async () => {
    expect(await list({ sector: '26' })).toEqual(['chips', 'second-code']);
    expect(await list({ sector: '262' })).toEqual(['second-code']);
    expect(await list({ sector: '2610' })).toEqual(['chips']);
    expect(await list({ sector: '14' })).toEqual(['garments']);
    // "61" is inside 2610 and 1610 but starts neither.
    expect(await list({ sector: '61' })).toEqual([]);
    expect(await list({ sector: '26100' })).toEqual([]);
  });

  it('finds names by any part, whatever the case, and treats % and _ as text', async () => {
    expect(await list({})).toHaveLength(4);
    expect(await list({ q: `${marker} GARMENTS` })).toEqual(['garments']);
    expect(await list({ q: `${marker.toLowerCase()} contains` })).toEqual(['contains-61']);
    expect(await list({ q: `${marker} %` })).toEqual([]);
    expect(await list({ q: `${marker} _hips` })).toEqual([]);
  });

  it('puts both filters in the form their indexes answer', async () => {
    // With sequential scans priced out, a filter the index can answer is answered by it; one in
    // another form (a LIKE over unnested codes, say) would still be a scan.
    const plan = async (filters: Parameters<typeof applicationFilters>[0], index: string) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const where = and(...applicationFilters(filters));
        const rows = await tx.execute(sql`explain select id from ${applications} where ${where}`);
        const text = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows)
          .map((r) => Object.values(r as object).join(' '))
          .join('\n');
        expect(text).toContain(index);
      });
    await plan({ sector: '26' }, 'applications_sector_prefixes');
    await plan({ q: 'Semiconductor' }, 'applications_project_name_trgm');
    await plan({ q: 'Semiconductor' }, 'applications_investor_name_trgm');
  });
});
