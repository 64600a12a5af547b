CREATE TABLE "sleep_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"date" date NOT NULL,
	"bedtime" timestamp with time zone NOT NULL,
	"wake_time" timestamp with time zone NOT NULL,
	"duration_min" integer NOT NULL,
	"quality" integer,
	"deep_min" integer,
	"rem_min" integer,
	"light_min" integer,
	"awake_min" integer,
	"segments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sleep_log_night_check" CHECK ("sleep_log"."wake_time" > "sleep_log"."bedtime"),
	CONSTRAINT "sleep_log_quality_check" CHECK ("sleep_log"."quality" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "sleep_log" ADD CONSTRAINT "sleep_log_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sleep_log_profile_date_idx" ON "sleep_log" USING btree ("profile_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "sleep_log_profile_date_unique" ON "sleep_log" USING btree ("profile_id","date");--> statement-breakpoint
CREATE TRIGGER sleep_log_set_updated_at BEFORE UPDATE ON sleep_log FOR EACH ROW EXECUTE FUNCTION set_updated_at();
