/** `/criteria`: the pack in force today (or `?version=`), and its changelog. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { clampToVersion } from '../../http/rule-packs.js';
import { declaredChangesSince, diffVersions } from '../../screening/diff-versions.js';
import { text } from '../../screening/i18n.js';
import { engineOn } from '../../screening/pack-registry.js';
import { publishPack } from '../../screening/publish-pack.js';
import { renderNotFound } from '../not-found-page.js';
import { packInForce } from '../pack-in-force.js';
import { renderPage } from '../render.js';
import type { WebDeps } from '../web-deps.js';
import { ChangelogPage, changelogTitle } from './changelog-page.js';
import { CriteriaPage } from './criteria-page.js';

export function criteriaRoutes(deps: WebDeps): Hono {
  const app = new Hono();
  const packId = deps.packs.defaultPackId;

  app.get('/', (c) => {
    const asked = c.req.query('version');
    const inForce = packInForce(deps);
    const version = asked === undefined ? inForce.version : deps.packs.version(packId, asked);
    const versions = deps.packs.versionsOf(packId).map((v) => v.content.meta);
    if (!version) {
      const known = versions.map((v) => v.version).join(', ');
      return renderNotFound(
        c,
        text(
          `Bộ tiêu chí ${packId} không có phiên bản "${asked}". Các phiên bản: ${known}.`,
          `Rule pack ${packId} has no version "${asked}". Versions: ${known}.`,
        ),
      );
    }
    const sinceAsked = c.req.query('since');
    const since = sinceAsked === undefined ? undefined : deps.packs.version(packId, sinceAsked);
    if (sinceAsked !== undefined && !since) {
      const known = versions.map((v) => v.version).join(', ');
      return renderNotFound(
        c,
        text(
          `Bộ tiêu chí ${packId} không có phiên bản "${sinceAsked}" để so sánh. Các phiên bản: ${known}.`,
          `Rule pack ${packId} has no version "${sinceAsked}" to compare with. Versions: ${known}.`,
        ),
      );
    }
    const asOf = clampToVersion(version, inForce.today);
    const pack = publishPack(version, asOf);
    const changes = since && {
      since: since.content.meta.version,
      diff: diffVersions(since.content, version.content),
      declared: declaredChangesSince(
        deps.packs.versionsOf(packId).map((v) => v.content),
        since.content.meta.version,
        version.content.meta.version,
      ),
    };
    return renderPage(
      c,
      (lang) => pack.title[lang],
      (lang) => (
        <CriteriaPage
          pack={pack}
          notices={version.content.meta.notices ?? []}
          labels={engineOn(version, asOf).labels}
          versions={versions.map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom }))}
          changes={changes || undefined}
          lang={lang}
        />
      ),
    );
  });

  app.get('/changelog', async (c) => {
    // The pack id comes from the registry, never from the request: no path can be steered.
    const changelog = deps.rulesDir
      ? await readFile(join(deps.rulesDir, packId, 'CHANGELOG.md'), 'utf8').catch(() => undefined)
      : undefined;
    if (changelog === undefined) {
      return renderNotFound(
        c,
        text(
          `Chưa có nhật ký thay đổi của bộ tiêu chí ${packId}.`,
          `There is no changelog for rule pack ${packId}.`,
        ),
      );
    }
    return renderPage(c, changelogTitle, (lang) => (
      <ChangelogPage packId={packId} text={changelog} lang={lang} />
    ));
  });

  return app;
}
