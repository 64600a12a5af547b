-- Every change to a profile's rows is announced on the channel mitai_changes as
-- '<table>:<profile id>', so each server process can drop what it keeps in memory for that
-- profile (sessions, derived series) — also for writes by other processes or by hand.
-- Identical notifications of one transaction are delivered once, so bulk writes stay cheap.
-- A new log table adds its own CREATE TRIGGER … EXECUTE FUNCTION notify_profile_change('profile_id').
CREATE OR REPLACE FUNCTION notify_profile_change() RETURNS trigger AS $$
DECLARE
  owner text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    owner := to_jsonb(OLD) ->> TG_ARGV[0];
  ELSE
    owner := to_jsonb(NEW) ->> TG_ARGV[0];
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> TG_ARGV[0]) IS DISTINCT FROM owner THEN
      PERFORM pg_notify('mitai_changes', TG_TABLE_NAME || ':' || (to_jsonb(OLD) ->> TG_ARGV[0]));
    END IF;
  END IF;
  PERFORM pg_notify('mitai_changes', TG_TABLE_NAME || ':' || owner);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER profiles_notify_change AFTER UPDATE OR DELETE ON profiles FOR EACH ROW EXECUTE FUNCTION notify_profile_change('id');
--> statement-breakpoint
CREATE TRIGGER sessions_notify_change AFTER UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION notify_profile_change('profile_id');
--> statement-breakpoint
CREATE TRIGGER weight_log_notify_change AFTER INSERT OR UPDATE OR DELETE ON weight_log FOR EACH ROW EXECUTE FUNCTION notify_profile_change('profile_id');
