CREATE TABLE "nutrition_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kcal" double precision NOT NULL,
	"protein_g" double precision NOT NULL,
	"fat_g" double precision NOT NULL,
	"carbs_g" double precision NOT NULL,
	"fiber_g" double precision,
	"note" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nutrition_log_kcal_check" CHECK ("nutrition_log"."kcal" between 0 and 20000),
	CONSTRAINT "nutrition_log_macros_check" CHECK ("nutrition_log"."protein_g" between 0 and 2000 and "nutrition_log"."fat_g" between 0 and 2000 and "nutrition_log"."carbs_g" between 0 and 2000 and ("nutrition_log"."fiber_g" is null or "nutrition_log"."fiber_g" between 0 and 2000))
);
--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "kcal_target" integer;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "protein_target" double precision;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "protein_target_unit" text DEFAULT 'g' NOT NULL;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "fat_target_g" double precision;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "carbs_target_g" double precision;--> statement-breakpoint
ALTER TABLE "nutrition_log" ADD CONSTRAINT "nutrition_log_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "nutrition_log_profile_date_idx" ON "nutrition_log" USING btree ("profile_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "nutrition_log_profile_date_source_unique" ON "nutrition_log" USING btree ("profile_id","date","source");--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_protein_target_unit_check" CHECK ("profiles"."protein_target_unit" in ('g', 'g_per_kg'));--> statement-breakpoint
CREATE TRIGGER nutrition_log_set_updated_at BEFORE UPDATE ON nutrition_log FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--> statement-breakpoint
-- The nutrition figures of a profile are cached: its entries announce their changes like the weight log.
CREATE TRIGGER nutrition_log_notify_change AFTER INSERT OR UPDATE OR DELETE ON nutrition_log FOR EACH ROW EXECUTE FUNCTION notify_profile_change('profile_id');
