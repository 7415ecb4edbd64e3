-- Indexes for the officers' list filters that scanned the table: sector code prefix and name search.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it; PGlite loads it
-- from its contrib bundle (src/db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- Every prefix of two or more characters of every code: `sector_prefixes(codes) @> ARRAY['26']` is
-- the same test as "some code starts with 26" for the 2–5 digit prefixes the list accepts.
CREATE FUNCTION sector_prefixes(codes text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(array_agg(DISTINCT left(c, n)), '{}')
  FROM unnest(codes) AS c, generate_series(2, length(c)) AS n
$$;--> statement-breakpoint
CREATE INDEX "applications_sector_prefixes" ON "applications" USING gin (sector_prefixes("sector_codes"));--> statement-breakpoint
CREATE INDEX "applications_project_name_trgm" ON "applications" USING gin ("project_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "applications_investor_name_trgm" ON "applications" USING gin ("investor_name" gin_trgm_ops);