/**
 * Builds a pack version from its files (already parsed from YAML or JSON): each file is checked
 * against its schema, the parts are assembled, cross-references are checked, the content is hashed,
 * and the pack's own test cases are checked too. A bad pack is refused whole, with every problem.
 */
import type { z } from 'zod';
import { hashContent } from './canonical-json.js';
import { checkCases } from './check-cases.js';
import { checkPack } from './check-pack.js';
import { type PackProblem, problem, problemsFromZod } from './pack-problems.js';
import {
  AreaSchema,
  BaseCaseFileSchema,
  CasesFileSchema,
  CriterionSchema,
  DerivedFileSchema,
  type PackCase,
  type PackContent,
  PackMetaSchema,
  ParametersFileSchema,
  ParkSchema,
  SectorListSchema,
  SectorSchema,
} from './pack-schema.js';

/** File path inside the version folder (e.g. `criteria/localisation-rate.yaml`) → parsed content. */
export type PackBundle = Record<string, unknown>;

export type LoadedCase = PackCase & { file: string };
export type BuiltPack = {
  content: PackContent;
  hash: string;
  base: Record<string, unknown>;
  cases: LoadedCase[];
};
export type BuildResult = { ok: true; pack: BuiltPack } | { ok: false; problems: PackProblem[] };

const CATALOGUES = {
  'catalogues/areas.yaml': AreaSchema,
  'catalogues/parks.yaml': ParkSchema,
  'catalogues/sectors.yaml': SectorSchema,
  'catalogues/sector-lists.yaml': SectorListSchema,
} as const;

const stem = (file: string) => file.replace(/^.*\//, '').replace(/\.(ya?ml|json)$/, '');

export function buildPack(bundle: PackBundle): BuildResult {
  const problems: PackProblem[] = [];
  function parse<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    const r = schema.safeParse(bundle[file], { reportInput: true });
    if (r.success) return r.data;
    problems.push(...problemsFromZod(file, r.error));
    return undefined;
  }

  const files = Object.keys(bundle).sort();
  const metaFile = files.find((f) => stem(f) === 'pack' && !f.includes('/'));
  if (!metaFile)
    return {
      ok: false,
      problems: [problem('pack.yaml', '', 'Thiếu tệp pack.yaml.', 'pack.yaml is missing.')],
    };
  const meta = parse(metaFile, PackMetaSchema);

  const parameters: PackContent['parameters'] = {};
  const parameterFile = new Map<string, string>();
  const criteria = new Map<string, PackContent['criteria'][number]>();
  const criterionFile = new Map<string, string>();
  const catalogues: PackContent['catalogues'] = {
    areas: [],
    parks: [],
    sectors: [],
    sectorLists: [],
  };
  let derived: PackContent['derived'] = {};
  let base: Record<string, unknown> | undefined;
  const cases: LoadedCase[] = [];

  for (const file of files) {
    if (file === metaFile) continue;
    const dir = file.includes('/') ? file.slice(0, file.indexOf('/')) : '';
    const catalogueKey = `catalogues/${stem(file)}.yaml` as keyof typeof CATALOGUES;
    if (dir === 'parameters') {
      for (const [id, p] of Object.entries(parse(file, ParametersFileSchema) ?? {})) {
        if (parameterFile.has(id))
          problems.push(
            problem(
              file,
              id,
              `Tham số "${id}" đã có trong ${parameterFile.get(id)}.`,
              `Parameter "${id}" is already defined in ${parameterFile.get(id)}.`,
            ),
          );
        parameters[id] = p;
        parameterFile.set(id, file);
      }
    } else if (dir === 'criteria') {
      const c = parse(file, CriterionSchema);
      if (!c) continue;
      if (c.id !== stem(file))
        problems.push(
          problem(
            file,
            'id',
            `Mã "${c.id}" phải trùng tên tệp.`,
            `Id "${c.id}" must match the file name.`,
          ),
        );
      criteria.set(c.id, c);
      criterionFile.set(c.id, file);
    } else if (dir === 'catalogues' && catalogueKey in CATALOGUES) {
      const list = parse(file, (CATALOGUES[catalogueKey] as z.ZodType).array());
      if (list) {
        const key = {
          'catalogues/areas.yaml': 'areas',
          'catalogues/parks.yaml': 'parks',
          'catalogues/sectors.yaml': 'sectors',
          'catalogues/sector-lists.yaml': 'sectorLists',
        }[catalogueKey];
        (catalogues as Record<string, unknown[]>)[key] = list as unknown[];
      }
    } else if (dir === '' && stem(file) === 'derived') {
      derived = parse(file, DerivedFileSchema) ?? {};
    } else if (dir === 'cases' && stem(file) === 'base') {
      base = parse(file, BaseCaseFileSchema)?.base;
    } else if (dir === 'cases') {
      for (const c of parse(file, CasesFileSchema)?.cases ?? []) cases.push({ ...c, file });
    } else {
      problems.push(
        problem(
          file,
          '',
          'Tệp không thuộc cấu trúc của bộ tiêu chí.',
          'This file is not part of the pack layout (see rules/README.md).',
        ),
      );
    }
  }
  if (!meta) return { ok: false, problems };

  for (const [key, list] of Object.entries(catalogues)) {
    if (list.length === 0)
      problems.push(
        problem(
          `catalogues/${key === 'sectorLists' ? 'sector-lists' : key}.yaml`,
          '',
          'Danh mục bị thiếu hoặc rỗng.',
          'The catalogue is missing or empty.',
        ),
      );
  }
  meta.criteria.forEach((id, i) => {
    if (!criteria.has(id))
      problems.push(
        problem(
          'pack.yaml',
          `criteria[${i}]`,
          `Không có tệp criteria/${id}.yaml.`,
          `No file criteria/${id}.yaml.`,
        ),
      );
  });
  for (const [id, file] of criterionFile) {
    if (!meta.criteria.includes(id))
      problems.push(
        problem(
          file,
          '',
          'Tiêu chí không có trong danh sách "criteria" của pack.yaml.',
          'The criterion is not listed in pack.yaml "criteria".',
        ),
      );
  }
  if (problems.length > 0) return { ok: false, problems };

  const content: PackContent = {
    meta,
    parameters,
    catalogues,
    derived,
    criteria: meta.criteria.map((id) => criteria.get(id) as PackContent['criteria'][number]),
  };
  problems.push(
    ...checkPack(content, {
      criterion: (id) => criterionFile.get(id) ?? `criteria/${id}.yaml`,
      parameter: (id) => parameterFile.get(id) ?? 'parameters',
    }),
  );
  if (problems.length > 0) return { ok: false, problems };

  const hash = hashContent(content);
  if (!base)
    return {
      ok: false,
      problems: [
        problem(
          'cases/base.yaml',
          '',
          'Thiếu hồ sơ mẫu cho các ca kiểm thử.',
          'The base proposal for test cases is missing.',
        ),
      ],
    };
  const caseProblems = checkCases(content, hash, base, cases);
  if (caseProblems.length > 0) return { ok: false, problems: caseProblems };
  return { ok: true, pack: { content, hash, base, cases } };
}
