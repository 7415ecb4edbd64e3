-- The activation timeline is append-only, like the audit trail: what was in force on a past day
-- must stay provable, so a rollback is a new activation, never an edit or a deletion.
CREATE FUNCTION pack_activations_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'pack_activations is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pack_activations_no_update_delete BEFORE UPDATE OR DELETE ON pack_activations
  FOR EACH ROW EXECUTE FUNCTION pack_activations_refuse_change();
--> statement-breakpoint
CREATE TRIGGER pack_activations_no_truncate BEFORE TRUNCATE ON pack_activations
  FOR EACH STATEMENT EXECUTE FUNCTION pack_activations_refuse_change();
