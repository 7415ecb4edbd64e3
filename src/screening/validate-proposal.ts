/**
 * Full validation of a proposal: the contract's structure and ranges, then the checks that need the
 * pack in force on its date (catalogue ids). Every problem is reported at once, each with its path.
 */
import type { PackRegistry, PackVersion } from './pack-registry.js';
import { isIsoDate, Proposal } from './proposal-schema.js';
import { fromZodError, type ValidationIssue } from './validation-issues.js';

export type ValidProposal = { ok: true; proposal: Proposal; version: PackVersion; asOf: string };
export type InvalidProposal = { ok: false; issues: ValidationIssue[] };

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};

export function validateProposal(
  registry: PackRegistry,
  body: unknown,
  today: string,
): ValidProposal | InvalidProposal {
  const parsed = Proposal.safeParse(body, { reportInput: true });
  const issues: ValidationIssue[] = parsed.success ? [] : fromZodError(parsed.error);
  const raw = obj(body);

  const packId = typeof raw.pack === 'string' ? raw.pack : registry.defaultPackId;
  const known = registry.versionsOf(packId).length > 0;
  if (!known) {
    issues.push({
      path: 'pack',
      rule: 'unknown_pack',
      message: {
        vi: `Không có bộ tiêu chí "${packId}". Các bộ hiện có: ${registry.packIds().join(', ')}.`,
        en: `No rule pack "${packId}". Available packs: ${registry.packIds().join(', ')}.`,
      },
    });
  }
  const dateGiven = typeof raw.submittedOn === 'string';
  const asOf = dateGiven ? (raw.submittedOn as string) : today;
  const version = known && isIsoDate(asOf) ? registry.inForce(packId, asOf) : undefined;
  if (known && isIsoDate(asOf) && !version) {
    const first = registry.versionsOf(packId)[0]?.content.meta.effectiveFrom;
    issues.push({
      path: dateGiven ? 'submittedOn' : 'pack',
      rule: 'no_pack_in_force',
      message: {
        vi: `Không có phiên bản nào của bộ tiêu chí "${packId}" có hiệu lực vào ngày ${asOf} (phiên bản sớm nhất có hiệu lực từ ${first}).`,
        en: `No version of rule pack "${packId}" was in force on ${asOf} (the earliest took effect on ${first}).`,
      },
    });
  }
  if (version) issues.push(...catalogueIssues(version, raw));

  if (!parsed.success || issues.length > 0 || !version) return { ok: false, issues };
  return { ok: true, proposal: parsed.data, version, asOf };
}

function catalogueIssues(version: PackVersion, raw: Raw): ValidationIssue[] {
  const { catalogues, meta } = version.content;
  const where = `GET /api/v1/rule-packs/${meta.id}?version=${meta.version}`;
  const issues: ValidationIssue[] = [];
  const divisions = new Set(catalogues.sectors.filter((s) => s.level === 2).map((s) => s.code));
  const codes = obj(raw.project).sectorCodes;
  if (Array.isArray(codes)) {
    codes.forEach((code, i) => {
      if (typeof code === 'string' && /^\d{2,5}$/.test(code) && !divisions.has(code.slice(0, 2))) {
        issues.push({
          path: `project.sectorCodes[${i}]`,
          rule: 'unknown_sector',
          message: {
            vi: `Mã ngành ${code} không thuộc ngành cấp 2 nào của danh mục VSIC trong bộ tiêu chí (xem ${where}).`,
            en: `Sector code ${code} is in no division of the pack's VSIC catalogue (see ${where}).`,
          },
        });
      }
    });
  }
  const site = obj(raw.site);
  const areaIds = catalogues.areas.map((a) => a.id);
  if (typeof site.area === 'string' && !areaIds.includes(site.area)) {
    issues.push({
      path: 'site.area',
      rule: 'unknown_area',
      message: {
        vi: `Địa bàn "${site.area}" không có trong danh mục. Các giá trị hợp lệ: ${areaIds.join(', ')}.`,
        en: `Area "${site.area}" is not in the catalogue. Valid values: ${areaIds.join(', ')}.`,
      },
    });
  }
  if (
    typeof site.industrialPark === 'string' &&
    !catalogues.parks.some((p) => p.id === site.industrialPark)
  ) {
    const inArea = catalogues.parks.filter((p) => p.area === site.area).map((p) => p.id);
    const hint =
      inArea.length > 0
        ? {
            vi: ` Các khu, cụm trong địa bàn này: ${inArea.join(', ')}.`,
            en: ` Parks and clusters in this area: ${inArea.join(', ')}.`,
          }
        : { vi: '', en: '' };
    issues.push({
      path: 'site.industrialPark',
      rule: 'unknown_park',
      message: {
        vi: `Khu, cụm công nghiệp "${site.industrialPark}" không có trong danh mục (xem ${where}).${hint.vi}`,
        en: `Industrial park or cluster "${site.industrialPark}" is not in the catalogue (see ${where}).${hint.en}`,
      },
    });
  }
  return issues;
}
