-- The FDI ledger keeps history: an entry is never changed or removed (a reversed approval is a new,
-- negative entry). Running totals follow every insert — application entries per day and flow, and
-- per year and dimension — and applications are counted per pack, band and status, so progress
-- and breakdowns read a few summary rows instead of whole tables.
CREATE FUNCTION fdi_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'fdi_entries is append-only: % refused (record a reversing entry instead)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER fdi_entries_no_update_delete BEFORE UPDATE OR DELETE ON fdi_entries
  FOR EACH ROW EXECUTE FUNCTION fdi_entries_refuse_change();
--> statement-breakpoint
CREATE TRIGGER fdi_entries_no_truncate BEFORE TRUNCATE ON fdi_entries
  FOR EACH STATEMENT EXECUTE FUNCTION fdi_entries_refuse_change();
--> statement-breakpoint
CREATE FUNCTION fdi_entries_add_to_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO fdi_application_totals AS t (jurisdiction, day, measure, flow, amount_usd, projects)
  SELECT jurisdiction, period_to, measure, flow, sum(amount_usd), sum(coalesce(projects, 0))
  FROM new_entries
  WHERE source_kind = 'application'
  GROUP BY jurisdiction, period_to, measure, flow
  ON CONFLICT (jurisdiction, day, measure, flow) DO UPDATE
    SET amount_usd = t.amount_usd + excluded.amount_usd, projects = t.projects + excluded.projects;

  INSERT INTO fdi_dimension_totals AS t (jurisdiction, year, measure, dimension, key, amount_usd, projects)
  SELECT e.jurisdiction, e.year, e.measure, d.dimension, d.key, sum(e.amount_usd), sum(coalesce(e.projects, 0))
  FROM new_entries e
  CROSS JOIN LATERAL (VALUES
    ('country', coalesce(e.country, '')),
    ('sector', coalesce(left(e.sector, 2), '')),
    ('area', coalesce(e.area, '')),
    ('park', coalesce(e.park, ''))
  ) AS d (dimension, key)
  WHERE e.source_kind = 'application'
  GROUP BY e.jurisdiction, e.year, e.measure, d.dimension, d.key
  ON CONFLICT (jurisdiction, year, measure, dimension, key) DO UPDATE
    SET amount_usd = t.amount_usd + excluded.amount_usd, projects = t.projects + excluded.projects;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER fdi_entries_totals AFTER INSERT ON fdi_entries
  REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION fdi_entries_add_to_totals();
--> statement-breakpoint
CREATE FUNCTION applications_count_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.pack_id = NEW.pack_id AND OLD.band = NEW.band AND OLD.status = NEW.status AND OLD.capital_usd = NEW.capital_usd THEN
      RETURN NULL;
    END IF;
    UPDATE application_status_totals
      SET applications = applications - 1, capital_usd = capital_usd - OLD.capital_usd
      WHERE pack_id = OLD.pack_id AND band = OLD.band AND status = OLD.status;
  END IF;
  INSERT INTO application_status_totals AS t (pack_id, band, status, applications, capital_usd)
    VALUES (NEW.pack_id, NEW.band, NEW.status, 1, NEW.capital_usd)
    ON CONFLICT (pack_id, band, status) DO UPDATE
      SET applications = t.applications + 1, capital_usd = t.capital_usd + excluded.capital_usd;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER applications_status_totals AFTER INSERT OR UPDATE OF pack_id, band, status, capital_usd ON applications
  FOR EACH ROW EXECUTE FUNCTION applications_count_status();
--> statement-breakpoint
-- Count the applications stored before this migration.
INSERT INTO application_status_totals (pack_id, band, status, applications, capital_usd)
  SELECT pack_id, band, status, count(*), sum(capital_usd) FROM applications GROUP BY pack_id, band, status;
