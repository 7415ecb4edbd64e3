/**
 * Cross-reference checks of an assembled pack version: ids unique, every fact a criterion reads is
 * a proposal field or a derived fact, every parameter and catalogue entry referenced exists and has
 * the right unit, texts only name what exists, and no unverified number is presented as law.
 */
import { checkCondition } from './check-conditions.js';
import { PARAM_PREFIX } from './conditions.js';
import { derivedOrder, operandsOf } from './derived-facts.js';
import { type PackProblem, problem } from './pack-problems.js';
import type { Criterion, PackContent } from './pack-schema.js';
import { parameterValueAt, segmentStarts } from './parameters.js';
import { proposalField, READABLE_PATHS } from './proposal-fields.js';
import { placeholders } from './templates.js';

export type Sources = { criterion: (id: string) => string; parameter: (id: string) => string };

export function checkPack(content: PackContent, src: Sources): PackProblem[] {
  return [
    ...checkMeta(content),
    ...checkChanges(content),
    ...checkCitations(content, src),
    ...checkParameters(content, src),
    ...checkCatalogues(content),
    ...checkDerived(content),
    ...content.criteria.flatMap((c) => checkCriterion(content, c, src.criterion(c.id))),
  ];
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) twice.add(id);
    seen.add(id);
  }
  return [...twice];
}

function checkMeta(content: PackContent): PackProblem[] {
  const m = content.meta;
  const out: PackProblem[] = [];
  const f = 'pack.yaml';
  if (m.effectiveTo && m.effectiveTo < m.effectiveFrom) {
    out.push(
      problem(
        f,
        'effectiveTo',
        'Ngày hết hiệu lực trước ngày có hiệu lực.',
        'effectiveTo is before effectiveFrom.',
      ),
    );
  }
  if (m.target.to < m.target.from)
    out.push(
      problem(
        f,
        'target.to',
        'Kỳ mục tiêu kết thúc trước khi bắt đầu.',
        'The target period ends before it starts.',
      ),
    );
  for (const d of duplicates(m.criteria))
    out.push(
      problem(f, 'criteria', `Tiêu chí "${d}" lặp lại.`, `Criterion "${d}" is listed twice.`),
    );
  for (const d of duplicates([...m.bands.map((b) => b.id), m.ineligibleBand.id])) {
    out.push(problem(f, 'bands', `Mã xếp loại "${d}" lặp lại.`, `Band id "${d}" is used twice.`));
  }
  const criteria = new Map(content.criteria.map((c) => [c.id, c]));
  m.bands.forEach((b, i) => {
    const p = content.parameters[b.minScore];
    if (p?.unit !== 'score') {
      out.push(
        problem(
          f,
          `bands[${i}].minScore`,
          `"${b.minScore}" phải là tham số có đơn vị score.`,
          `"${b.minScore}" must be a parameter with unit score.`,
        ),
      );
    }
    b.requiresAny?.forEach((r, j) => {
      if (criteria.get(r.criterion)?.kind !== 'score') {
        out.push(
          problem(
            f,
            `bands[${i}].requiresAny[${j}]`,
            `"${r.criterion}" không phải tiêu chí chấm điểm.`,
            `"${r.criterion}" is not a score criterion.`,
          ),
        );
      }
    });
  });
  const last = m.bands[m.bands.length - 1];
  if (last?.requiresAny)
    out.push(
      problem(
        f,
        `bands[${m.bands.length - 1}]`,
        'Mức cuối cùng không được có điều kiện bổ sung.',
        'The last band cannot have extra requirements.',
      ),
    );
  if (out.length === 0) {
    for (const date of segmentStarts(content)) {
      const scores = m.bands.map(
        (b) => parameterValueAt(content.parameters[b.minScore] as never, date)?.value as number,
      );
      scores.forEach((s, i) => {
        if (i > 0 && s > (scores[i - 1] as number)) {
          out.push(
            problem(
              f,
              `bands[${i}].minScore`,
              `Từ ${date}, các mức phải xếp từ cao xuống thấp.`,
              `From ${date}, bands must be ordered best first (cut-offs not increasing).`,
            ),
          );
        }
      });
      if (scores[scores.length - 1] !== 0) {
        out.push(
          problem(
            f,
            `bands[${m.bands.length - 1}].minScore`,
            `Từ ${date}, mức cuối cùng phải bắt đầu từ 0 điểm.`,
            `From ${date}, the last band must start at score 0.`,
          ),
        );
      }
    }
  }
  m.coverageExceptions?.forEach((e, i) => {
    if (!criteria.has(e.criterion))
      out.push(
        problem(
          f,
          `coverageExceptions[${i}]`,
          `Không có tiêu chí "${e.criterion}".`,
          `No criterion "${e.criterion}".`,
        ),
      );
  });
  return out;
}

/**
 * `changes` describes this version against the previous one, so each entry must name what this
 * version holds: its criteria and parameters exist (a removed criterion, by its previous id, must
 * not), and no change is dated before the version takes effect, when it could not apply.
 */
function checkChanges(content: PackContent): PackProblem[] {
  const f = 'pack.yaml';
  const m = content.meta;
  const criteria = new Set(content.criteria.map((c) => c.id));
  const out: PackProblem[] = [];
  m.changes?.forEach((change, i) => {
    const at = `changes[${i}]`;
    change.criteria.forEach((id, j) => {
      if (change.kind === 'removed' && criteria.has(id)) {
        out.push(
          problem(
            f,
            `${at}.criteria[${j}]`,
            `Tiêu chí "${id}" được ghi là đã bỏ nhưng vẫn có trong phiên bản này.`,
            `Criterion "${id}" is recorded as removed but is still in this version.`,
          ),
        );
      } else if (change.kind !== 'removed' && !criteria.has(id)) {
        out.push(
          problem(
            f,
            `${at}.criteria[${j}]`,
            `Không có tiêu chí "${id}" trong phiên bản này.`,
            `No criterion "${id}" in this version.`,
          ),
        );
      }
    });
    change.parameters?.forEach((id, j) => {
      if (!(id in content.parameters)) {
        out.push(
          problem(
            f,
            `${at}.parameters[${j}]`,
            `Không có tham số "${id}" trong phiên bản này.`,
            `No parameter "${id}" in this version.`,
          ),
        );
      }
    });
    const { from, to } = change.datesAffected;
    if (from < m.effectiveFrom) {
      out.push(
        problem(
          f,
          `${at}.datesAffected.from`,
          `Ngày ${from} trước ngày phiên bản có hiệu lực (${m.effectiveFrom}).`,
          `${from} is before the version's effective date (${m.effectiveFrom}).`,
        ),
      );
    }
    if (to !== undefined && to < from) {
      out.push(
        problem(
          f,
          `${at}.datesAffected.to`,
          'Ngày kết thúc trước ngày bắt đầu.',
          'The end date is before the start date.',
        ),
      );
    }
  });
  return out;
}

/** Every document a basis cites is one of the pack's listed sources, so each can be looked up. */
function checkCitations(content: PackContent, src: Sources): PackProblem[] {
  const known = new Set(content.meta.sources.map((s) => s.doc));
  const out: PackProblem[] = [];
  const check = (file: string, path: string, bases: { doc: string }[]) => {
    for (const b of bases) {
      if (!known.has(b.doc)) {
        out.push(
          problem(
            file,
            path,
            `"${b.doc}" chưa có trong danh sách nguồn (sources) của pack.yaml.`,
            `"${b.doc}" is not among the sources listed in pack.yaml.`,
          ),
        );
      }
    }
  };
  check('pack.yaml', 'target.basis', content.meta.target.basis);
  content.meta.notices?.forEach((n, i) => {
    check('pack.yaml', `notices[${i}].basis`, n.basis);
  });
  content.meta.changes?.forEach((c, i) => {
    if (c.basis) check('pack.yaml', `changes[${i}].basis`, c.basis);
  });
  for (const c of content.criteria) check(src.criterion(c.id), 'basis', c.basis);
  for (const [id, p] of Object.entries(content.parameters)) {
    for (const [i, v] of p.values.entries())
      check(src.parameter(id), `${id}.values[${i}].basis`, v.basis);
  }
  for (const [i, l] of content.catalogues.sectorLists.entries()) {
    check('catalogues/sector-lists.yaml', `[${i}].basis`, l.basis);
  }
  return out;
}

function checkParameters(content: PackContent, src: Sources): PackProblem[] {
  const out: PackProblem[] = [];
  for (const [id, p] of Object.entries(content.parameters)) {
    const f = src.parameter(id);
    if (p.kind === 'LAW' && p.verification === 'unverified') {
      out.push(
        problem(
          f,
          id,
          'Một số liệu chưa được kiểm chứng không được ghi là LAW.',
          'An unverified number cannot be marked LAW.',
        ),
      );
    }
    p.values.forEach((v, i) => {
      const at = `${id}.values[${i}]`;
      if (i > 0 && v.from <= (p.values[i - 1]?.from as string))
        out.push(
          problem(
            f,
            at,
            'Các giá trị phải xếp theo ngày tăng dần.',
            'Values must be in increasing date order.',
          ),
        );
      if ((p.unit === 'flag') !== (typeof v.value === 'boolean')) {
        out.push(
          problem(
            f,
            at,
            'Tham số đơn vị flag nhận true/false; các đơn vị khác nhận số.',
            'A flag parameter takes true/false; other units take numbers.',
          ),
        );
      }
      if (typeof v.value === 'number' && (v.value < 0 || (p.unit === 'percent' && v.value > 100))) {
        out.push(
          problem(
            f,
            at,
            'Giá trị ngoài khoảng cho phép của đơn vị.',
            'Value out of range for its unit.',
          ),
        );
      }
    });
    if ((p.values[0]?.from as string) > content.meta.effectiveFrom) {
      out.push(
        problem(
          f,
          `${id}.values[0].from`,
          `Tham số phải có giá trị từ ngày hiệu lực ${content.meta.effectiveFrom}.`,
          `The parameter needs a value from the version's effective date ${content.meta.effectiveFrom}.`,
        ),
      );
    }
  }
  return out;
}

function checkCatalogues(content: PackContent): PackProblem[] {
  const out: PackProblem[] = [];
  const { areas, parks, sectors, sectorLists } = content.catalogues;
  const dup = (file: string, ids: string[]) => {
    for (const d of duplicates(ids))
      out.push(problem(file, d, `Mã "${d}" lặp lại.`, `Id "${d}" appears twice.`));
  };
  dup(
    'catalogues/areas.yaml',
    areas.map((a) => a.id),
  );
  dup(
    'catalogues/parks.yaml',
    parks.map((p) => p.id),
  );
  dup(
    'catalogues/sectors.yaml',
    sectors.map((s) => s.code),
  );
  dup(
    'catalogues/sector-lists.yaml',
    sectorLists.map((l) => l.id),
  );
  const areaIds = new Set(areas.map((a) => a.id));
  parks.forEach((p, i) => {
    if (p.area !== null && !areaIds.has(p.area)) {
      out.push(
        problem(
          'catalogues/parks.yaml',
          `[${i}].area`,
          `Không có địa bàn "${p.area}".`,
          `No area "${p.area}".`,
        ),
      );
    }
  });
  const codes = new Map(sectors.map((s) => [s.code, s.level]));
  sectors.forEach((s, i) => {
    const expected = s.level === 1 ? null : s.level === 2 ? 1 : 2;
    if (expected === null ? s.parent !== null : codes.get(s.parent ?? '') !== expected) {
      out.push(
        problem(
          'catalogues/sectors.yaml',
          `[${i}].parent`,
          'Mã cha không đúng cấp.',
          'The parent code is missing or at the wrong level.',
        ),
      );
    }
  });
  sectorLists.forEach((l, i) => {
    l.prefixes.forEach((p, j) => {
      if (codes.get(p.slice(0, 2)) !== 2) {
        out.push(
          problem(
            'catalogues/sector-lists.yaml',
            `[${i}].prefixes[${j}]`,
            `Ngành cấp 2 "${p.slice(0, 2)}" không có trong danh mục VSIC.`,
            `Division "${p.slice(0, 2)}" is not in the VSIC catalogue.`,
          ),
        );
      }
    });
    if (l.kind === 'LAW' && l.verification === 'unverified') {
      out.push(
        problem(
          'catalogues/sector-lists.yaml',
          `[${i}]`,
          'Danh sách chưa kiểm chứng không được ghi là LAW.',
          'An unverified list cannot be marked LAW.',
        ),
      );
    }
  });
  return out;
}

function checkDerived(content: PackContent): PackProblem[] {
  const out: PackProblem[] = [];
  const f = 'derived.yaml';
  const known = (x: string) => READABLE_PATHS.has(x) || !!content.derived[x];
  for (const [id, d] of Object.entries(content.derived)) {
    for (const o of operandsOf(d.expr)) {
      const ok = o.startsWith(PARAM_PREFIX)
        ? !!content.parameters[o.slice(PARAM_PREFIX.length)]
        : known(o);
      if (!ok)
        out.push(
          problem(f, id, `Toán hạng "${o}" không tồn tại.`, `Operand "${o}" does not exist.`),
        );
    }
    const e = d.expr;
    const needUnit =
      'areaTags' in e
        ? ['area', e.areaTags]
        : 'parkKind' in e
          ? ['park', e.parkKind]
          : 'sectorLists' in e
            ? ['sectors', e.sectorLists]
            : undefined;
    if (needUnit && proposalField(needUnit[1] as string)?.unit !== needUnit[0]) {
      out.push(
        problem(
          f,
          id,
          `Toán hạng phải là trường có đơn vị ${needUnit[0]}.`,
          `The operand must be a field of unit ${needUnit[0]}.`,
        ),
      );
    }
    if ('firstOf' in e) {
      for (const [i, b] of e.firstOf.entries()) {
        out.push(...checkCondition(content, b.when, f, `${id}.firstOf[${i}].when`, known));
      }
    }
  }
  if (out.length === 0) {
    try {
      derivedOrder(content);
    } catch (err) {
      out.push(
        problem(
          f,
          '',
          `Các dữ kiện dẫn xuất phụ thuộc vòng: ${(err as Error).message}`,
          `Derived facts depend on each other in a cycle: ${(err as Error).message}`,
        ),
      );
    }
  }
  return out;
}

function checkCriterion(content: PackContent, c: Criterion, f: string): PackProblem[] {
  const out: PackProblem[] = [];
  const bad = (path: string, vi: string, en: string) => out.push(problem(f, path, vi, en));
  if (c.applies) out.push(...checkCondition(content, c.applies, f, 'applies'));
  if (!!c.applies !== !!c.notApplicable)
    bad(
      'notApplicable',
      'Cần cả "applies" và "notApplicable", hoặc không có cả hai.',
      'Give both "applies" and "notApplicable", or neither.',
    );
  c.rules.forEach((r, i) => {
    const at = `rules[${i}]`;
    out.push(...checkCondition(content, r.when, f, `${at}.when`));
    if (c.kind === 'score') {
      if (r.outcome !== 'fail' && !r.points)
        bad(at, 'Quy tắc đạt điểm phải có "points".', 'A rule that earns points needs "points".');
      if (r.outcome === 'fail' && r.points)
        bad(at, 'Quy tắc "fail" không có điểm.', 'A "fail" rule earns no points.');
      if (r.points && content.parameters[r.points]?.unit !== 'points') {
        bad(
          `${at}.points`,
          `"${r.points}" phải là tham số có đơn vị points.`,
          `"${r.points}" must be a parameter with unit points.`,
        );
      }
    } else {
      if (r.points)
        bad(
          `${at}.points`,
          'Chỉ tiêu chí chấm điểm mới có điểm.',
          'Only score criteria carry points.',
        );
      if (r.outcome === 'partial')
        bad(
          `${at}.outcome`,
          'Chỉ tiêu chí chấm điểm mới có kết quả "partial".',
          'Only score criteria have a "partial" outcome.',
        );
    }
  });
  if (c.bonus && c.kind !== 'score')
    bad(
      'bonus',
      'Chỉ tiêu chí chấm điểm mới có thể là điểm thưởng.',
      'Only a score criterion can be a bonus.',
    );
  if (c.kind === 'score' && c.otherwise.outcome !== 'fail')
    bad(
      'otherwise.outcome',
      'Tiêu chí chấm điểm: trường hợp còn lại là "fail".',
      'A score criterion falls back to "fail".',
    );
  const texts: [string, { vi: string; en: string } | undefined][] = [
    ['otherwise.reason', c.otherwise.reason],
    ['unknown', c.unknown],
    ['notApplicable', c.notApplicable],
    ...c.rules.map((r, i): [string, { vi: string; en: string }] => [
      `rules[${i}].reason`,
      r.reason,
    ]),
  ];
  const validKey = (k: string) =>
    k.startsWith(PARAM_PREFIX)
      ? !!content.parameters[k.slice(PARAM_PREFIX.length)]
      : READABLE_PATHS.has(k) || !!content.derived[k];
  for (const [path, t] of texts) {
    if (!t) continue;
    for (const k of placeholders(t))
      if (!validKey(k))
        bad(
          path,
          `Chỗ trống "{${k}}" không phải dữ kiện hay tham số.`,
          `Placeholder "{${k}}" is neither a fact nor a parameter.`,
        );
  }
  if (c.improve) {
    for (const k of placeholders(c.improve)) {
      if (k !== 'from' && k !== 'to' && !validKey(k))
        bad(
          'improve',
          `Chỗ trống "{${k}}" không hợp lệ.`,
          `Placeholder "{${k}}" is not valid here.`,
        );
    }
  }
  return out;
}
