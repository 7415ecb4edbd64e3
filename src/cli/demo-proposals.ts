/**
 * Fictional demo proposals, derived deterministically from the templates in `seeds/proposals/`:
 * names carry a "(hư cấu)"/"(fictional)" marker, and countries, areas and parks (from the pack's
 * catalogue), capital, land, workforce and percentages vary around the template's values.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { valueAt, withValueAt } from '../screening/facts.js';
import type { PackRegistry, PackVersion } from '../screening/pack-registry.js';
import { PROPOSAL_FIELDS } from '../screening/proposal-fields.js';
import { packIdOf } from '../screening/today.js';
import { validateProposal } from '../screening/validate-proposal.js';
import { invalidInput } from './cli-error.js';
import { formatIssues } from './format-issues.js';
import { readJsonFile } from './read-json-file.js';
import type { Random } from './seeded-random.js';

export type Template = { file: string; packId: string; proposal: Record<string, unknown> };

/** Invented code names: they make each variant's name distinct without resembling a real firm. */
const CODE_NAMES = [
  'Alder',
  'Basalt',
  'Cedar',
  'Dune',
  'Ember',
  'Fjord',
  'Garnet',
  'Heron',
  'Iris',
  'Juniper',
  'Kestrel',
  'Lotus',
  'Maple',
  'Nimbus',
  'Opal',
  'Pebble',
  'Quartz',
  'Reed',
  'Saffron',
  'Tamarind',
];

const MARKER = /\s*\((?:fictional|hư cấu)\)\s*$/iu;

/** Reads every template; each must be a valid proposal on its own date, or the seed would fail halfway. */
export async function readTemplates(dir: string, packs: PackRegistry): Promise<Template[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw invalidInput(
      `Cannot read the templates folder ${dir}.\nKhông đọc được thư mục mẫu ${dir}.`,
    );
  }
  if (files.length === 0)
    throw invalidInput(
      `No proposal templates (*.json) in ${dir}.\nKhông có hồ sơ mẫu trong ${dir}.`,
    );
  const templates: Template[] = [];
  for (const file of files) {
    const proposal = await readJsonFile(join(dir, file));
    const packId = packIdOf(proposal, packs);
    const date =
      typeof (proposal as { submittedOn?: unknown }).submittedOn === 'string'
        ? (proposal as { submittedOn: string }).submittedOn
        : (packs.versionsOf(packId).at(-1)?.content.meta.effectiveFrom ?? '');
    const checked = validateProposal(packs, proposal, date);
    if (!checked.ok)
      throw invalidInput(
        `Template ${join(dir, file)} is not a valid proposal:\n${formatIssues(checked.issues, 'both')}`,
      );
    templates.push({ file, packId, proposal: proposal as Record<string, unknown> });
  }
  return templates;
}

const round = (value: number, step: number) => Math.round(value / step) * step;
const clampPct = (value: number) => Math.min(100, Math.max(0, value));

function renamed(name: unknown, suffix: string, marker: string): string {
  const stem = typeof name === 'string' ? name.replace(MARKER, '') : 'Demo';
  return `${stem} – ${suffix} (${marker})`;
}

/** Moves every percentage a little, then restores the contract's "at most" links between fields. */
function jitterPercentages(proposal: Record<string, unknown>, random: Random) {
  let out = proposal;
  const percent = PROPOSAL_FIELDS.filter((f) => f.unit === 'percent');
  for (const field of percent) {
    const value = valueAt(out, field.path);
    if (typeof value === 'number')
      out = withValueAt(out, field.path, clampPct(Math.round(value + random.int(-15, 15))));
  }
  for (const field of percent) {
    const limitPath = field.better?.kind === 'higher' ? field.better.atMostField : undefined;
    const value = valueAt(out, field.path);
    const limit = limitPath ? valueAt(out, limitPath) : undefined;
    if (typeof value === 'number' && typeof limit === 'number' && value > limit)
      out = withValueAt(out, field.path, limit);
  }
  return out;
}

function variedSite(site: Record<string, unknown>, version: PackVersion, random: Random) {
  const landHa = typeof site.landHa === 'number' ? site.landHa : 0;
  const land = landHa > 0 ? Math.max(0.1, round(landHa * random.between(0.6, 1.5), 0.1)) : 0;
  const varied = { ...site, landHa: Number(land.toFixed(1)) };
  if (random.chance(0.5)) return varied;
  const { areas, parks } = version.content.catalogues;
  const area = random.pick(areas).id;
  const inArea = parks.filter((p) => p.area === area && p.status === 'operating');
  const park = inArea.length > 0 && random.chance(0.7) ? random.pick(inArea).id : null;
  return { ...varied, area, industrialPark: park };
}

export function demoProposal(
  template: Template,
  options: {
    random: Random;
    version: PackVersion;
    submittedOn: string;
    serial: number;
    countries: readonly string[];
  },
): Record<string, unknown> {
  const { random, version } = options;
  const t = template.proposal as Record<string, Record<string, unknown>>;
  const suffix = `${random.pick(CODE_NAMES)} ${options.serial}`;
  const capital = t.capital?.totalUsd;
  const total = typeof capital === 'number' ? capital * random.between(0.4, 2.5) : 1_000_000;
  const workers = t.workforce?.total;
  let proposal: Record<string, unknown> = {
    ...structuredClone(template.proposal),
    submittedOn: options.submittedOn,
    pack: version.content.meta.id,
    project: { ...t.project, name: renamed(t.project?.name, suffix, 'hư cấu') },
    investor: {
      ...t.investor,
      name: renamed(t.investor?.name, suffix, 'fictional'),
      ...(random.chance(0.4) ? { country: random.pick(options.countries) } : {}),
    },
    capital: { ...t.capital, totalUsd: Math.max(100_000, round(total, 100_000)) },
    site: variedSite(t.site ?? {}, version, random),
    workforce: {
      ...t.workforce,
      total: typeof workers === 'number' ? Math.round(workers * random.between(0.5, 1.8)) : 0,
    },
  };
  proposal = jitterPercentages(proposal, random);
  return proposal;
}

/** The investors' countries the templates use: variants keep to them rather than invent origins. */
export function templateCountries(templates: readonly Template[]): string[] {
  const countries = templates
    .map((t) => valueAt(t.proposal, 'investor.country'))
    .filter((c): c is string => typeof c === 'string');
  return [...new Set(countries)].sort();
}

/** The days in [from, to] on which the pack has a version in force: submissions may fall only on them. */
export function submissionDays(
  packs: PackRegistry,
  packId: string,
  window: { from: string; to: string },
): string[] {
  const days: string[] = [];
  const end = Date.parse(`${window.to}T00:00:00Z`);
  for (let t = Date.parse(`${window.from}T00:00:00Z`); t <= end; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (packs.inForce(packId, date)) days.push(date);
  }
  return days;
}
