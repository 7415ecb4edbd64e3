/**
 * The self-check form as data: the contract's groups in order, each field's path (also the input's
 * name) and the control that edits it. Labels, units and value labels come from PROPOSAL_FIELDS.
 */
import { type Text, text } from '../../screening/i18n.js';

export type Control =
  | { kind: 'text'; maxLength: number; upperCase?: boolean }
  | { kind: 'textarea'; maxLength: number }
  /** `empty: 'null'` for fields where blank means "none" (the contract's null). */
  | { kind: 'number'; integer?: boolean; max?: number; empty?: 'null' }
  | { kind: 'check' }
  /** Enumerated values; `empty: 'null'` offers a "none" choice that sends null. */
  | { kind: 'choice'; empty?: 'null' }
  | { kind: 'date' }
  | { kind: 'area' }
  | { kind: 'park' }
  | { kind: 'sectors'; count: number };

export type FormField = { path: string; control: Control; optional?: boolean };
export type FormGroup = { id: string; legend: Text; fields: FormField[] };

const pct: Control = { kind: 'number', max: 100 };
const check: Control = { kind: 'check' };

/** Main activity plus up to four other codes: the contract allows five. */
export const SECTOR_INPUTS = 5;

export const FORM_GROUPS: readonly FormGroup[] = [
  {
    id: 'project',
    legend: text('Dự án', 'Project'),
    fields: [
      { path: 'project.name', control: { kind: 'text', maxLength: 200 } },
      { path: 'project.form', control: { kind: 'choice' } },
      { path: 'project.sectorCodes', control: { kind: 'sectors', count: SECTOR_INPUTS } },
      {
        path: 'project.description',
        control: { kind: 'textarea', maxLength: 4000 },
        optional: true,
      },
      { path: 'submittedOn', control: { kind: 'date' }, optional: true },
    ],
  },
  {
    id: 'investor',
    legend: text('Nhà đầu tư', 'Investor'),
    fields: [
      { path: 'investor.name', control: { kind: 'text', maxLength: 200 } },
      { path: 'investor.country', control: { kind: 'text', maxLength: 2, upperCase: true } },
      { path: 'investor.multinational', control: check },
      { path: 'investor.globalRank', control: { kind: 'choice', empty: 'null' }, optional: true },
    ],
  },
  {
    id: 'capital',
    legend: text('Vốn đầu tư', 'Capital'),
    fields: [
      { path: 'capital.totalUsd', control: { kind: 'number' } },
      { path: 'capital.foreignSharePct', control: pct },
    ],
  },
  {
    id: 'site',
    legend: text('Địa điểm', 'Site'),
    fields: [
      { path: 'site.area', control: { kind: 'area' } },
      { path: 'site.industrialPark', control: { kind: 'park' } },
      { path: 'site.landHa', control: { kind: 'number' } },
      { path: 'site.relocationFromSouth', control: check, optional: true },
    ],
  },
  {
    id: 'workforce',
    legend: text('Lao động', 'Workforce'),
    fields: [
      { path: 'workforce.total', control: { kind: 'number', integer: true } },
      { path: 'workforce.trainedPct', control: pct },
      { path: 'workforce.universityPct', control: pct },
      { path: 'workforce.rdStaffPct', control: pct },
    ],
  },
  {
    id: 'technology',
    legend: text('Công nghệ', 'Technology'),
    fields: [
      { path: 'technology.highTechCertificate', control: check },
      { path: 'technology.priorityHighTech', control: check },
      { path: 'technology.highTechRevenuePct', control: pct },
      { path: 'technology.rdSpendPct', control: pct },
      { path: 'technology.rdCentre', control: check },
      { path: 'technology.smartFactory', control: check },
      { path: 'technology.transferList', control: { kind: 'choice' } },
      {
        path: 'technology.usedEquipmentMaxAgeYears',
        control: { kind: 'number', empty: 'null' },
        optional: true,
      },
    ],
  },
  {
    id: 'transfer',
    legend: text('Chuyển giao', 'Transfer'),
    fields: [
      { path: 'transfer.knowledge', control: check },
      { path: 'transfer.technology', control: check },
      { path: 'transfer.management', control: check },
      {
        path: 'transfer.localSupplierCount',
        control: { kind: 'number', integer: true },
        optional: true,
      },
    ],
  },
  {
    id: 'trade',
    legend: text('Thương mại', 'Trade'),
    fields: [
      { path: 'trade.localisationPct', control: pct },
      { path: 'trade.exportPct', control: pct },
      { path: 'trade.ftaOriginCompliant', control: check },
    ],
  },
  {
    id: 'environment',
    legend: text('Môi trường', 'Environment'),
    fields: [
      { path: 'environment.riskGroup', control: { kind: 'choice' } },
      { path: 'environment.pollutingProduction', control: check },
      { path: 'environment.importsScrap', control: check },
      { path: 'environment.renewableEnergyPct', control: pct },
      { path: 'environment.circularEconomy', control: check },
      { path: 'environment.singleUsePlasticFree', control: check },
    ],
  },
];

export const FORM_FIELDS: readonly FormField[] = FORM_GROUPS.flatMap((g) => g.fields);

/** The input names a field posts: one per field, five for the sector codes. */
export function inputNames(field: FormField): string[] {
  if (field.control.kind !== 'sectors') return [field.path];
  return Array.from({ length: field.control.count }, (_, i) => sectorInput(i));
}

export function sectorInput(i: number): string {
  return `project.sectorCodes[${i}]`;
}

/** Every input name the form posts, in order: what the apply form carries over. */
export const INPUT_NAMES: readonly string[] = FORM_FIELDS.flatMap(inputNames);

/** An element id for an input name (ids must not contain dots or brackets for `#` links). */
export function inputId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}
