/**
 * The database schema (drizzle-orm, PostgreSQL). TypeScript names are camelCase, columns snake_case
 * (`casing: 'snake_case'`). Money is `numeric`, times are `timestamptz`. Migrations are generated
 * from this file by drizzle-kit into `migrations/` and never edited once landed.
 */

import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** Every pack version the service has used, kept whole so old screenings replay exactly. */
export const packVersions = pgTable(
  'pack_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    packId: text().notNull(),
    version: text().notNull(),
    effectiveFrom: date({ mode: 'string' }).notNull(),
    effectiveTo: date({ mode: 'string' }),
    hash: text().notNull(),
    content: jsonb().notNull(),
    status: text({ enum: ['draft', 'active', 'retired'] })
      .notNull()
      .default('active'),
    createdBy: text().notNull(),
    createdAt: createdAt(),
    /**
     * An uploaded version's own test cases (`{ base, cases }`), run again before it may be
     * activated. Null for versions synced from `rules/`, whose cases the test suite runs.
     */
    cases: jsonb(),
  },
  (t) => [uniqueIndex('pack_versions_pack_version').on(t.packId, t.version)],
);

/**
 * When each pack version takes effect: the version in force on a date D is the activation with the
 * greatest `effectiveFrom` ≤ D (ties: the latest `activatedAt`). Append-only like `audit_events`
 * (a trigger refuses UPDATE, DELETE, TRUNCATE): a rollback is a new activation of the earlier
 * version, so the timeline of any past day can be rebuilt.
 */
export const packActivations = pgTable(
  'pack_activations',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    packId: text().notNull(),
    version: text().notNull(),
    effectiveFrom: date({ mode: 'string' }).notNull(),
    note: text(),
    activatedBy: text().notNull(),
    activatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pack_activations_pack').on(t.packId, t.effectiveFrom)],
);

export const applications = pgTable(
  'applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    status: text({
      enum: [
        'submitted',
        'under_review',
        'info_requested',
        'resubmitted',
        'approved',
        'rejected',
        'withdrawn',
      ],
    }).notNull(),
    submittedOn: date({ mode: 'string' }).notNull(),
    packId: text().notNull(),
    /** The proposal as the investor last submitted it (declarations, before any verification). */
    proposal: jsonb().notNull(),
    receiptHash: text().notNull(),
    // Copies of proposal and latest-screening values, for filtering and sorting lists.
    projectName: text().notNull(),
    investorName: text().notNull(),
    country: text().notNull(),
    sectorCodes: text().array().notNull(),
    area: text().notNull(),
    capitalUsd: numeric({ precision: 20, scale: 2 }).notNull(),
    band: text().notNull(),
    eligible: boolean().notNull(),
    reviewRequired: boolean().notNull(),
    score: numeric({ precision: 5, scale: 1 }).notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('applications_status').on(t.status, t.createdAt),
    index('applications_created').on(t.createdAt, t.id),
    index('applications_submitted_on').on(t.submittedOn),
    // The officers' sector filter matches a code prefix: every prefix of every code, indexed
    // (`sector_prefixes` is defined by migration 0008). Name search is `ILIKE '%…%'`: trigrams.
    index('applications_sector_prefixes').using('gin', sql`sector_prefixes(${t.sectorCodes})`),
    index('applications_project_name_trgm').using('gin', t.projectName.op('gin_trgm_ops')),
    index('applications_investor_name_trgm').using('gin', t.investorName.op('gin_trgm_ops')),
  ],
);

/** Each screening of an application: the exact input, the pack version and hash, the full result. */
export const screenings = pgTable(
  'screenings',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id),
    seq: integer().notNull(),
    reason: text({ enum: ['submission', 'resubmission', 'rescreen'] }).notNull(),
    packId: text().notNull(),
    packVersion: text().notNull(),
    packHash: text().notNull(),
    asOf: date({ mode: 'string' }).notNull(),
    input: jsonb().notNull(),
    verifiedPaths: text().array().notNull(),
    /** The result as the engine serialised it: these exact bytes hash to `resultHash`. */
    resultJson: text().notNull(),
    resultHash: text().notNull(),
    actor: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('screenings_application_seq').on(t.applicationId, t.seq)],
);

/** An officer's check of one declared fact: confirmed, or corrected to a verified value. */
export const verifications = pgTable(
  'verifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id),
    path: text().notNull(),
    declared: jsonb(),
    value: jsonb(),
    note: text().notNull(),
    actor: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('verifications_application').on(t.applicationId, t.createdAt)],
);

export const decisions = pgTable(
  'decisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id),
    decision: text({ enum: ['approve', 'reject', 'request_info'] }).notNull(),
    note: text().notNull(),
    screeningId: uuid()
      .notNull()
      .references(() => screenings.id),
    actor: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('decisions_application').on(t.applicationId, t.createdAt)],
);

/** Append-only: a trigger (see the migration) refuses UPDATE, DELETE and TRUNCATE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actor: text().notNull(),
    role: text({ enum: ['public', 'investor', 'officer', 'admin', 'system'] }).notNull(),
    action: text().notNull(),
    applicationId: uuid(),
    subject: text(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
  },
  (t) => [index('audit_events_application').on(t.applicationId, t.id)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    role: text({ enum: ['officer', 'admin'] }).notNull(),
    /** sha256 of the token; the token itself is shown once and never stored. */
    tokenHash: text().notNull(),
    prefix: text().notNull(),
    createdBy: text().notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash').on(t.tokenHash)],
);

/** First answer to a request sent with an Idempotency-Key, replayed byte for byte on retries. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: text().primaryKey(),
  requestHash: text().notNull(),
  status: integer().notNull(),
  bodyJson: text().notNull(),
  createdAt: createdAt(),
});

/**
 * The FDI ledger: official statistics and approved applications, one row each, never updated or
 * deleted — a reversed approval is a new row that cancels the first (`reverses`).
 */
export const fdiEntries = pgTable(
  'fdi_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Recording order: of two batches recorded at the same instant, the later one wins. */
    seq: bigserial({ mode: 'number' }).notNull(),
    /** The jurisdiction whose target the entry counts toward (a pack's `jurisdiction.id`). */
    jurisdiction: text().notNull(),
    periodFrom: date({ mode: 'string' }).notNull(),
    periodTo: date({ mode: 'string' }).notNull(),
    /** The calendar year of `periodTo`: what the progress figures group by. */
    year: integer().notNull(),
    /** A whole calendar year (1 Jan – 31 Dec); anything else is a partial period. */
    fullYear: boolean().notNull(),
    /** `all`: a total that its source does not split by flow. */
    flow: text({
      enum: ['new', 'capital_increase', 'capital_contribution', 'capital_reduction', 'all'],
    }).notNull(),
    measure: text({ enum: ['registered', 'disbursed'] }).notNull(),
    /** Signed: a capital reduction, or the reversal of an approval, is negative. */
    amountUsd: numeric({ precision: 20, scale: 2 }).notNull(),
    projects: integer(),
    country: text(),
    sector: text(),
    area: text(),
    park: text(),
    sourceKind: text({ enum: ['official_statistic', 'application'] }).notNull(),
    sourceDoc: text(),
    sourceUrl: text(),
    sourceDate: date({ mode: 'string' }),
    status: text({ enum: ['final', 'preliminary', 'approved', 'reversal'] }).notNull(),
    /** Statistics recorded together; for a period and measure the latest batch replaces earlier ones. */
    batch: uuid().notNull(),
    applicationId: uuid().references(() => applications.id),
    reverses: uuid(),
    note: text(),
    createdBy: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('fdi_entries_by_year').on(t.jurisdiction, t.sourceKind, t.measure, t.year),
    index('fdi_entries_application').on(t.applicationId),
  ],
);

/**
 * Running sums of the application entries per jurisdiction, day, measure and flow, kept by a
 * trigger on `fdi_entries` (see the migration): progress to any date reads at most a few thousand
 * summary rows, never the ledger's application rows.
 */
export const fdiApplicationTotals = pgTable(
  'fdi_application_totals',
  {
    jurisdiction: text().notNull(),
    day: date({ mode: 'string' }).notNull(),
    measure: text({ enum: ['registered', 'disbursed'] }).notNull(),
    flow: text({
      enum: ['new', 'capital_increase', 'capital_contribution', 'capital_reduction', 'all'],
    }).notNull(),
    amountUsd: numeric({ precision: 20, scale: 2 }).notNull(),
    projects: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.jurisdiction, t.day, t.measure, t.flow] })],
);

/**
 * Running sums of the application entries per year and per value of one dimension (country,
 * sector division, area, park; '' when the entry has none), kept by the same trigger: the
 * breakdowns read these instead of grouping the ledger.
 */
export const fdiDimensionTotals = pgTable(
  'fdi_dimension_totals',
  {
    jurisdiction: text().notNull(),
    year: integer().notNull(),
    measure: text({ enum: ['registered', 'disbursed'] }).notNull(),
    dimension: text({ enum: ['country', 'sector', 'area', 'park'] }).notNull(),
    key: text().notNull(),
    amountUsd: numeric({ precision: 20, scale: 2 }).notNull(),
    projects: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.jurisdiction, t.year, t.measure, t.dimension, t.key] })],
);

/**
 * Applications counted per pack, band and status with their capital, kept by a trigger on
 * `applications`: the progress forecast's pipeline and approval rates read these few rows.
 */
export const applicationStatusTotals = pgTable(
  'application_status_totals',
  {
    packId: text().notNull(),
    band: text().notNull(),
    status: text().notNull(),
    applications: integer().notNull(),
    capitalUsd: numeric({ precision: 24, scale: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.packId, t.band, t.status] })],
);

/**
 * Public writes counted per client and one-minute window, when the service runs on PostgreSQL:
 * every instance behind the load balancer increments the same row, so a client's budget is one
 * budget however its requests are spread. `key` is a hash of the client address (no addresses
 * kept); windows before the current one are pruned.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
