/**
 * What a database must look like after any crash: whole transactions only. Each query returns the
 * rows that break a rule, so a failing test shows the offenders, and an empty list means it holds.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';

type Row = Record<string, unknown>;

/** PGlite answers `{ rows }`, postgres.js an array: the rows either way. */
export async function rowsOf(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []);
}

/** Every rule a crash must not break, with the rows that break it (empty when none do). */
export async function brokenRules(db: Database): Promise<Record<string, Row[]>> {
  const rules: Record<string, SQL> = {
    'application without its submission screening': sql`
      select a.id from applications a
      where not exists (select 1 from screenings s
        where s.application_id = a.id and s.seq = 1 and s.reason = 'submission')`,
    'application without its submission audit event': sql`
      select a.id from applications a
      where not exists (select 1 from audit_events e
        where e.application_id = a.id and e.action = 'application.submitted')`,
    'audit event of an application that is not stored': sql`
      select e.id, e.action, e.application_id from audit_events e
      where e.application_id is not null
        and not exists (select 1 from applications a where a.id = e.application_id)`,
    'idempotency key whose answer names an application that is not stored': sql`
      select k.key from idempotency_keys k
      where k.status = 201
        and not exists (select 1 from applications a where a.id::text = (k.body_json::jsonb ->> 'id'))`,
    'statistics batch without its audit event': sql`
      select distinct f.batch from fdi_entries f
      where f.source_kind = 'official_statistic'
        and not exists (select 1 from audit_events e
          where e.action = 'fdi.statistics_recorded' and e.subject = f.batch::text)`,
    'audited statistics batch whose rows are missing or partial': sql`
      select e.subject, (e.after ->> 'rows')::int as audited, count(f.id)::int as stored
      from audit_events e left join fdi_entries f on f.batch::text = e.subject
      where e.action = 'fdi.statistics_recorded'
      group by e.id, e.subject, e.after
      having count(f.id) <> (e.after ->> 'rows')::int`,
    'application running total that disagrees with the ledger': sql`
      with entries as (
        select jurisdiction, period_to as day, measure, flow,
          sum(amount_usd) as amount, sum(coalesce(projects, 0))::int as projects
        from fdi_entries where source_kind = 'application'
        group by jurisdiction, period_to, measure, flow)
      select coalesce(t.jurisdiction, e.jurisdiction) as jurisdiction, coalesce(t.day, e.day) as day,
        t.amount_usd as total, e.amount as entries
      from fdi_application_totals t
      full join entries e using (jurisdiction, day, measure, flow)
      where t.amount_usd is distinct from e.amount and not (t.amount_usd = 0 and e.amount is null)
         or t.projects is distinct from e.projects and not (t.projects = 0 and e.projects is null)`,
    'dimension running total that disagrees with the ledger': sql`
      with entries as (
        select f.jurisdiction, f.year, f.measure, d.dimension, d.key,
          sum(f.amount_usd) as amount, sum(coalesce(f.projects, 0))::int as projects
        from fdi_entries f
        cross join lateral (values
          ('country', coalesce(f.country, '')), ('sector', coalesce(left(f.sector, 2), '')),
          ('area', coalesce(f.area, '')), ('park', coalesce(f.park, ''))) as d (dimension, key)
        where f.source_kind = 'application'
        group by f.jurisdiction, f.year, f.measure, d.dimension, d.key)
      select coalesce(t.dimension, e.dimension) as dimension, coalesce(t.key, e.key) as key,
        t.amount_usd as total, e.amount as entries
      from fdi_dimension_totals t
      full join entries e using (jurisdiction, year, measure, dimension, key)
      where t.amount_usd is distinct from e.amount and not (t.amount_usd = 0 and e.amount is null)
         or t.projects is distinct from e.projects and not (t.projects = 0 and e.projects is null)`,
    'application count per status that disagrees with the applications': sql`
      with counted as (
        select pack_id, band, status, count(*)::int as n, sum(capital_usd) as capital
        from applications group by pack_id, band, status)
      select coalesce(t.pack_id, c.pack_id) as pack, coalesce(t.band, c.band) as band,
        coalesce(t.status, c.status) as status, t.applications as total, c.n as counted
      from application_status_totals t
      full join counted c using (pack_id, band, status)
      where t.applications is distinct from c.n and not (t.applications = 0 and c.n is null)
         or t.capital_usd is distinct from c.capital and not (t.capital_usd = 0 and c.capital is null)`,
  };
  const out: Record<string, Row[]> = {};
  for (const [rule, query] of Object.entries(rules)) out[rule] = await rowsOf(db, query);
  return out;
}

/** The same rules, all with no offending rows: what `expect(...).toEqual` compares against. */
export function noneBroken(broken: Record<string, Row[]>): Record<string, Row[]> {
  return Object.fromEntries(Object.keys(broken).map((rule) => [rule, []]));
}
