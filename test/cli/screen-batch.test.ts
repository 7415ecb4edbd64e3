/**
 * `screen-batch`: a file of proposals screened through the real CLI on worker threads gives, row for
 * row and in input order, what `screen` gives one by one; bad rows are reported by line and never
 * stop the batch; CSV quoting is read as RFC 4180 says; bad usage exits 2.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvRecordReader } from '../../src/cli/batch-csv-records.js';
import { withValueAt } from '../../src/screening/facts.js';
import type { PackRegistry } from '../../src/screening/pack-registry.js';
import { PROPOSAL_FIELDS } from '../../src/screening/proposal-fields.js';
import type { ScreeningResult } from '../../src/screening/screening-result.js';
import { sampleProposal } from '../http/test-app.js';
import { repoPacks, screen } from '../support/packs.js';
import { REPO, runCli, STACK_TRACE, tempDirs } from '../support/run-cli.js';

// Pinned: which pack version is in force today must not change what these tests expect.
const ON = '2025-03-14';
const dirs = tempDirs();
let dir: string;
let registry: PackRegistry;
let proposals: Record<string, unknown>[];

beforeAll(async () => {
  dir = await dirs.fresh();
  registry = (await repoPacks()).registry;
  const seeds = join(REPO, 'seeds', 'proposals');
  const files = (await readdir(seeds)).filter((f) => f.endsWith('.json')).sort();
  proposals = [
    ...(await Promise.all(
      files.map(async (f) => JSON.parse(await readFile(join(seeds, f), 'utf8'))),
    )),
    sampleProposal(),
  ].map((p) => ({ ...p, submittedOn: ON }));
});
afterAll(() => dirs.cleanUp());

type Line =
  | { line: number; ok: true; result: ScreeningResult }
  | { line: number; ok: false; problems: { path: string; rule: string; message: unknown }[] };

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  await writeFile(path, text);
  return path;
}

async function readJsonLines(path: string): Promise<Line[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);
}

/** A proposal as a CSV row under `header`: lists joined by ";", RFC 4180 quoting where needed. */
function csvRow(header: readonly string[], proposal: Record<string, unknown>): string {
  return header
    .map((path) => {
      const value = path
        .split('.')
        .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], proposal);
      const text =
        value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
      return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(',');
}

const essentials = (r: ScreeningResult) => ({
  eligible: r.eligible,
  band: r.band.id,
  score: r.score,
  reviewRequired: r.reviewRequired,
  criteria: r.criteria.map((c) => [c.id, c.outcome, c.points]),
});

describe('cli screen-batch', () => {
  it('screens a JSON Lines file on two workers exactly as screen does one by one', async () => {
    const input = await file('in.jsonl', proposals.map((p) => JSON.stringify(p)).join('\n'));
    const out = join(dir, 'out.jsonl');
    const run = await runCli(['screen-batch', input, '--out', out, '--workers', '2'], dir);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    const lines = await readJsonLines(out);
    expect(lines.map((l) => l.line)).toEqual(proposals.map((_, i) => i + 1));
    lines.forEach((l, i) => {
      expect(l.ok).toBe(true);
      if (l.ok) expect(l.result).toEqual(screen(registry, proposals[i]));
    });
    // And the command itself, for one of them: the same result as the API's JSON.
    const single = await runCli(
      ['screen', await file('one.json', JSON.stringify(proposals[1])), '--json'],
      dir,
    );
    expect(lines[1]).toMatchObject({ ok: true, result: JSON.parse(single.stdout) });
    expect(run.stderr).toContain(`${proposals.length} đã sàng lọc, 0 bị từ chối`);
  });

  it('reads a CSV whose header names fields by path, quoted fields included, as the JSON', async () => {
    const header = PROPOSAL_FIELDS.map((f) => f.path).filter((p) =>
      proposals.some((prop) => csvRow([p], prop) !== ''),
    );
    const quoted = {
      ...proposals[0],
      project: {
        ...(proposals[0]?.project as object),
        name: 'Nhà máy "Mẫu", Bình Dương (hư cấu)',
        description: 'Dòng một,\nDòng hai với ""ngoặc""',
      },
    };
    // In the middle, so the rows after it show that its line break counts.
    const rows = [...proposals.slice(0, 3), quoted, ...proposals.slice(3)];
    const text = `\uFEFF${header.join(',')}\r\n${rows.map((p) => csvRow(header, p)).join('\r\n')}\r\n`;
    const input = await file('in.csv', text);
    const out = join(dir, 'csv-out.jsonl');
    const run = await runCli(['screen-batch', input, '--out', out, '--workers', '2'], dir);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    const lines = await readJsonLines(out);
    // The header is line 1; every record after it takes one line except the quoted one (two).
    expect(lines.map((l) => l.line)).toEqual(rows.map((_, i) => (i <= 3 ? i + 2 : i + 3)));
    lines.forEach((l, i) => {
      expect(l.ok, JSON.stringify(l)).toBe(true);
      if (l.ok) expect(essentials(l.result)).toEqual(essentials(screen(registry, rows[i])));
    });
  });

  it('reports bad rows with their line numbers and screens the others', async () => {
    const good = JSON.stringify(proposals[1]);
    const missing = withValueAt(proposals[1], 'capital.totalUsd', undefined);
    const wrongType = withValueAt(proposals[1], 'workforce.total', 'many');
    const unknownArea = withValueAt(proposals[1], 'site.area', 'nowhere-fictional');
    const text = [
      good,
      '{ "project": ',
      JSON.stringify(missing),
      '',
      JSON.stringify(wrongType),
      good,
      JSON.stringify(unknownArea),
      good,
    ].join('\n');
    const out = join(dir, 'bad.jsonl');
    const run = await runCli(
      ['screen-batch', await file('bad.jsonl', text), '--out', out, '--lang', 'en'],
      dir,
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    const lines = await readJsonLines(out);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [5, false],
      [6, true],
      [7, false],
      [8, true],
    ]);
    const problem = (line: number) => {
      const l = lines.find((x) => x.line === line);
      return l && !l.ok ? l.problems.map((p) => [p.path, p.rule]) : [];
    };
    expect(problem(2)).toEqual([['', 'invalid_json']]);
    expect(problem(3)).toEqual([['capital.totalUsd', 'required']]);
    expect(problem(5)).toEqual([['workforce.total', 'type']]);
    expect(problem(7)).toEqual([['site.area', 'unknown_area']]);
    const refused = lines.find((l) => l.line === 7);
    expect(refused).toMatchObject({
      problems: [
        {
          message: { vi: expect.stringContaining('Địa bàn'), en: expect.stringContaining('Area') },
        },
      ],
    });
    expect(run.stderr).toContain('line 2: (proposal): This line is not valid JSON');
    expect(run.stderr).toContain('line 3: capital.totalUsd: This field is required.');
    expect(run.stderr).toContain(
      'line 7: site.area: Area "nowhere-fictional" is not in the catalogue',
    );
    expect(run.stderr).toContain('7 rows, 3 screened, 4 refused');
  });

  it('keeps input order over 2,000 rows on two workers and caps the refused rows on stderr', async () => {
    const rows: string[] = [];
    const bad = new Set<number>();
    for (let i = 1; i <= 2000; i++) {
      if (i % 89 === 0) {
        bad.add(i);
        rows.push(
          JSON.stringify(withValueAt(proposals[i % proposals.length], 'site.area', `x-${i}`)),
        );
      } else {
        const base = proposals[i % proposals.length] as Record<string, unknown>;
        rows.push(JSON.stringify(withValueAt(base, 'project.name', `Row ${i}`)));
      }
    }
    const out = join(dir, 'order.csv');
    const run = await runCli(
      [
        'screen-batch',
        await file('order.jsonl', rows.join('\n')),
        '--out',
        out,
        '--workers',
        '2',
        '--lang',
        'en',
      ],
      dir,
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    const records = new CsvRecordReader();
    const csv = [...records.push(await readFile(out, 'utf8')), ...records.end()];
    expect(csv[0]?.fields).toEqual([
      'line',
      'project_name',
      'eligible',
      'band',
      'score',
      'review_required',
      'problems',
    ]);
    const body = csv.slice(1).map((r) => r.fields);
    expect(body.map((f) => Number(f[0]))).toEqual(rows.map((_, i) => i + 1));
    for (const f of body) {
      const line = Number(f[0]);
      if (bad.has(line)) {
        expect(f[6]).toContain(`site.area: Địa bàn "x-${line}"`);
        continue;
      }
      // Scored without texts or improvements, the summary is still what a full screening gives.
      const r = screen(registry, JSON.parse(rows[line - 1] as string));
      expect(f.slice(1)).toEqual([
        `Row ${line}`,
        String(r.eligible),
        r.band.id,
        String(r.score),
        String(r.reviewRequired),
        '',
      ]);
    }
    const shown = run.stderr.split('\n').filter((l) => /^ {2}line \d+:/.test(l));
    expect(bad.size).toBe(22);
    expect(shown.length).toBe(20);
    expect(run.stderr).toContain(`… and 2 more, see the output file ${out}`);
    expect(run.stderr).toContain('2,000 rows, 1,978 screened, 22 refused');
  });

  it('exits 2 on an unknown CSV column, a missing file, a missing or unwritable --out, and writes nothing; --help in both languages', async () => {
    const input = await file('typo.csv', 'project.name,capital.totalUSD\nA,1\n');
    const out = join(dir, 'never.csv');
    const typo = await runCli(['screen-batch', input, '--out', out], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('"capital.totalUSD"');
    expect(typo.stderr).not.toMatch(STACK_TRACE);
    await expect(readFile(out)).rejects.toThrow();
    const missing = await runCli(['screen-batch', join(dir, 'none.jsonl'), '--out', out], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('File not found');
    expect((await runCli(['screen-batch', input], dir)).code).toBe(2);
    const help = await runCli(['screen-batch', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('screen-batch <in.jsonl|in.csv> --out');
    expect(help.stdout).toContain('Sàng lọc mọi hồ sơ đề xuất trong một tệp');
    const good = await file('good.jsonl', JSON.stringify(proposals[0]));
    const nowhere = await runCli(['screen-batch', good, '--out', join(dir, 'no', 'x.csv')], dir);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('Cannot write');
    expect((await runCli(['screen-batch', input, '--out', out, '--workers', '0'], dir)).code).toBe(
      2,
    );
  });
});

describe('CsvRecordReader', () => {
  const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\n\nlast,,"q"\r\nno,end,line';
  const whole = () => {
    const r = new CsvRecordReader();
    return [...r.push(text), ...r.end()];
  };

  it('reads quoted commas, doubled quotes, line breaks in quotes and the line each record starts on', () => {
    expect(whole()).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 5, fields: ['last', '', 'q'] },
      { line: 6, fields: ['no', 'end', 'line'] },
    ]);
  });

  it('gives the same records whatever the chunks the text arrives in', () => {
    for (let cut = 0; cut <= text.length; cut++) {
      for (const size of [1, 2, 3]) {
        const r = new CsvRecordReader();
        const got = [...r.push(text.slice(0, cut))];
        for (let i = cut; i < text.length; i += size) got.push(...r.push(text.slice(i, i + size)));
        got.push(...r.end());
        expect(got).toEqual(whole());
      }
    }
  });
});
