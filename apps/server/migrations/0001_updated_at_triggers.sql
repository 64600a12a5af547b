-- updated_at is kept by the database (spec §5): every table with the column gets this trigger.
-- A new table adds its own CREATE TRIGGER in the migration that creates it.
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$
BEGIN
  NEW.updated_at = now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER profiles_set_updated_at BEFORE UPDATE ON profiles FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--> statement-breakpoint
CREATE TRIGGER sessions_set_updated_at BEFORE UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--> statement-breakpoint
CREATE TRIGGER email_tokens_set_updated_at BEFORE UPDATE ON email_tokens FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--> statement-breakpoint
CREATE TRIGGER weight_log_set_updated_at BEFORE UPDATE ON weight_log FOR EACH ROW EXECUTE FUNCTION set_updated_at();
