/**
 * "What changed since version X": the differences computed from two versions' content, and the
 * `/criteria` section that shows them beside the changes each version declares.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { jsonLogger } from '../../src/http/logger.js';
import { hashContent } from '../../src/screening/canonical-json.js';
import { declaredChangesSince, diffVersions } from '../../src/screening/diff-versions.js';
import { loadPackDir } from '../../src/screening/load-packs.js';
import { compileVersion, PackRegistry } from '../../src/screening/pack-registry.js';
import type { PackContent } from '../../src/screening/pack-schema.js';
import { NOW } from '../http/test-app.js';
import { PACK_ID, RULES_DIR, repoPacks } from '../support/packs.js';
import { textOf } from './form-data.js';

/** The released 1.0.0 folder alone: these tests need no other version to exist. */
async function released(): Promise<PackContent> {
  const loaded = await loadPackDir(join(RULES_DIR, PACK_ID, '1.0.0'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.pack.content;
}

/** 1.0.0 with a higher localisation threshold, one more priority sector, a criterion reworded and one dropped. */
function nextVersion(base: PackContent): PackContent {
  const next = structuredClone(base);
  next.meta.version = '1.1.0';
  next.meta.effectiveFrom = '2027-01-01';
  const full = next.parameters['localisation.fullPct'];
  if (!full) throw new Error('no localisation.fullPct');
  full.values.push({ from: '2027-01-01', value: 45, basis: full.values[0]?.basis ?? [] });
  const list = next.catalogues.sectorLists[0];
  if (!list) throw new Error('no sector list');
  list.prefixes = [...list.prefixes, '9999'];
  const reworded = next.criteria.find((c) => c.id === 'localisation-rate');
  if (!reworded) throw new Error('no localisation-rate');
  reworded.asks = { vi: `${reworded.asks.vi} (sửa lời)`, en: `${reworded.asks.en} (reworded)` };
  const dropped = next.criteria.find((c) => c.kind === 'score' && c.id !== 'localisation-rate');
  if (!dropped) throw new Error('no score criterion');
  next.criteria = next.criteria.filter((c) => c !== dropped);
  next.meta.criteria = next.meta.criteria.filter((id) => id !== dropped.id);
  next.meta.changes = [
    {
      kind: 'changed',
      what: {
        vi: 'Nâng ngưỡng nội địa hóa lên 45 %.',
        en: 'Localisation threshold raised to 45 %.',
      },
      criteria: ['localisation-rate'],
      parameters: ['localisation.fullPct'],
      datesAffected: { from: '2027-01-01' },
    },
  ];
  return next;
}

describe('the differences between two versions', () => {
  it('name the changed parameter with both dated values, the sector added and the criteria touched', async () => {
    const base = await released();
    const next = nextVersion(base);
    const diff = diffVersions(base, next);
    expect(diff.parameters.map((p) => p.id)).toEqual(['localisation.fullPct']);
    expect(diff.parameters[0]?.after.at(-1)).toEqual({ from: '2027-01-01', value: 45 });
    expect(diff.parameters[0]?.before).not.toContainEqual({ from: '2027-01-01', value: 45 });
    expect(diff.sectorLists).toEqual([
      expect.objectContaining({ change: 'changed', added: ['9999'], removed: [] }),
    ]);
    const dropped = base.criteria.find((c) => !next.criteria.some((n) => n.id === c.id));
    expect(diff.criteria).toEqual([
      expect.objectContaining({ id: 'localisation-rate', change: 'changed', wordingOnly: true }),
      expect.objectContaining({ id: dropped?.id, change: 'removed' }),
    ]);
    expect(diff.bandsChanged).toBe(false);
    expect(diffVersions(base, base).criteria).toEqual([]);
    expect(diffVersions(base, base).parameters).toEqual([]);
  });

  it('list the declared changes of the versions after X up to the one shown, newest first', async () => {
    const base = await released();
    const next = nextVersion(base);
    const third = structuredClone(next);
    third.meta.version = '1.2.0';
    third.meta.effectiveFrom = '2028-01-01';
    third.meta.changes = [];
    const all = [third, base, next];
    expect(declaredChangesSince(all, '1.0.0', '1.2.0').map((d) => d.version)).toEqual([
      '1.2.0',
      '1.1.0',
    ]);
    expect(declaredChangesSince(all, '1.1.0', '1.1.0')).toEqual([]);
    expect(declaredChangesSince(all, '1.2.0', '1.0.0')).toEqual([]);
  });
});

describe('/criteria?since=', () => {
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const base = await released();
    const next = nextVersion(base);
    const packs = new PackRegistry(
      [base, next].map((c) => compileVersion(c, hashContent(c))),
      PACK_ID,
    );
    app = createApp({ packs, clock: () => NOW, logger: jsonLogger('silent') });
  });

  it('shows what changed since the chosen version, declared and computed, in both languages', async () => {
    const res = await app.request('/criteria?version=1.1.0&since=1.0.0&lang=en');
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain('What changed from version 1.0.0 to 1.1.0');
    expect(text).toContain('Localisation threshold raised to 45 %.');
    expect(text).toContain('Submissions from 2027-01-01; criteria: localisation-rate');
    expect(html).toMatch(/data-parameter="localisation\.fullPct"[\s\S]*?45%[\s\S]*?<\/tr>/);
    expect(text).toContain('added: 9999');
    expect(text).toContain('texts or basis only; judged the same');
    const vi = textOf(
      await (await app.request('/criteria?version=1.1.0&since=1.0.0&lang=vi')).text(),
    );
    expect(vi).toContain('Thay đổi từ phiên bản 1.0.0 đến 1.1.0');
    expect(vi).toContain('Nâng ngưỡng nội địa hóa lên 45 %.');
  });

  it('offers the earlier versions to compare with, and answers an unknown one with a 404 page', async () => {
    const html = await (await app.request('/criteria?version=1.1.0')).text();
    expect(html).toMatch(/<select id="since" name="since">[\s\S]*?value="1\.0\.0"/);
    expect(textOf(html)).not.toContain('Thay đổi từ phiên bản');
    const res = await app.request('/criteria?version=1.1.0&since=0.9.0');
    expect(res.status).toBe(404);
    expect(textOf(await res.text())).toContain('không có phiên bản "0.9.0" để so sánh');
  });
});

describe('/criteria on the repository packs', () => {
  it('shows what 2.0.0 changed since 1.0.0: its declared changes and the new criteria', async () => {
    const { registry } = await repoPacks();
    const app = createApp({ packs: registry, clock: () => NOW, logger: jsonLogger('silent') });
    const v2 = registry.version(PACK_ID, '2.0.0');
    if (!v2) throw new Error('no 2.0.0');
    const res = await app.request('/criteria?version=2.0.0&since=1.0.0&lang=en');
    expect(res.status).toBe(200);
    const text = textOf(await res.text());
    for (const change of v2.content.meta.changes ?? []) expect(text).toContain(change.what.en);
    expect(text).toContain('Submissions from 2026-03-01');
    const added = diffVersions(
      (registry.version(PACK_ID, '1.0.0') as typeof v2).content,
      v2.content,
    ).criteria.filter((c) => c.change === 'added');
    expect(added.map((c) => c.id)).toContain('market-access-closed');
    for (const c of added) expect(text).toContain(`new — ${c.title.en}`);
  });
});
