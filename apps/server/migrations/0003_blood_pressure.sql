CREATE TABLE "blood_pressure_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"date" date NOT NULL,
	"systolic" integer NOT NULL,
	"diastolic" integer NOT NULL,
	"pulse" integer,
	"context" text,
	"irregular_heartbeat" boolean DEFAULT false NOT NULL,
	"note" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blood_pressure_log_values_check" CHECK ("blood_pressure_log"."diastolic" < "blood_pressure_log"."systolic")
);
--> statement-breakpoint
ALTER TABLE "blood_pressure_log" ADD CONSTRAINT "blood_pressure_log_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "blood_pressure_log_profile_date_idx" ON "blood_pressure_log" USING btree ("profile_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "blood_pressure_log_natural_key" ON "blood_pressure_log" USING btree ("profile_id","source","measured_at");--> statement-breakpoint
CREATE TRIGGER blood_pressure_log_set_updated_at BEFORE UPDATE ON blood_pressure_log FOR EACH ROW EXECUTE FUNCTION set_updated_at();
