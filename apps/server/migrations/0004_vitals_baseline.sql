CREATE TABLE "vitals_baseline" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"date" date NOT NULL,
	"resting_hr" integer,
	"hrv" double precision,
	"vo2_max" double precision,
	"spo2" double precision,
	"respiratory_rate" double precision,
	"note" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vitals_baseline_any_value_check" CHECK (coalesce("vitals_baseline"."resting_hr"::double precision, "vitals_baseline"."hrv", "vitals_baseline"."vo2_max", "vitals_baseline"."spo2", "vitals_baseline"."respiratory_rate") is not null)
);
--> statement-breakpoint
ALTER TABLE "vitals_baseline" ADD CONSTRAINT "vitals_baseline_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vitals_baseline_profile_date_idx" ON "vitals_baseline" USING btree ("profile_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "vitals_baseline_profile_date_unique" ON "vitals_baseline" USING btree ("profile_id","date");--> statement-breakpoint
CREATE TRIGGER vitals_baseline_set_updated_at BEFORE UPDATE ON vitals_baseline FOR EACH ROW EXECUTE FUNCTION set_updated_at();
