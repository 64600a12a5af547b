-- The evaluation of a profile's training is cached (see docs/architecture.md, the in-memory cache):
-- its sessions announce their changes like the weight log does, and a change to any training type
-- (a category, an ability profile) announces itself without a profile, which drops every cached value.
CREATE TRIGGER activity_log_notify_change AFTER INSERT OR UPDATE OR DELETE ON activity_log FOR EACH ROW EXECUTE FUNCTION notify_profile_change('profile_id');
--> statement-breakpoint
CREATE OR REPLACE FUNCTION notify_everyone_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('mitai_changes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER training_types_notify_change AFTER INSERT OR UPDATE OR DELETE ON training_types FOR EACH STATEMENT EXECUTE FUNCTION notify_everyone_change();
