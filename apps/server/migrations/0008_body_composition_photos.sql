CREATE TABLE "caliper_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"date" date NOT NULL,
	"method" text NOT NULL,
	"chest" double precision,
	"abdomen" double precision,
	"thigh" double precision,
	"triceps" double precision,
	"suprailiac" double precision,
	"axilla" double precision,
	"subscapular" double precision,
	"biceps" double precision,
	"lower_back" double precision,
	"calf" double precision,
	"sex" text NOT NULL,
	"age_years" double precision NOT NULL,
	"density" double precision,
	"body_fat_pct" double precision NOT NULL,
	"note" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circumference_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"date" date NOT NULL,
	"neck" double precision,
	"chest" double precision,
	"waist" double precision,
	"belly" double precision,
	"hip" double precision,
	"thigh" double precision,
	"calf" double precision,
	"arm" double precision,
	"note" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circumference_log_any_point_check" CHECK (coalesce("circumference_log"."neck", "circumference_log"."chest", "circumference_log"."waist", "circumference_log"."belly", "circumference_log"."hip", "circumference_log"."thigh", "circumference_log"."calf", "circumference_log"."arm") is not null)
);
--> statement-breakpoint
CREATE TABLE "photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"date" date NOT NULL,
	"taken_at" timestamp with time zone,
	"pose" text DEFAULT 'front' NOT NULL,
	"note" text,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "caliper_log" ADD CONSTRAINT "caliper_log_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circumference_log" ADD CONSTRAINT "circumference_log_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "caliper_log_profile_date_idx" ON "caliper_log" USING btree ("profile_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "caliper_log_profile_date_method_unique" ON "caliper_log" USING btree ("profile_id","date","method");--> statement-breakpoint
CREATE INDEX "circumference_log_profile_date_idx" ON "circumference_log" USING btree ("profile_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "circumference_log_profile_date_unique" ON "circumference_log" USING btree ("profile_id","date");--> statement-breakpoint
CREATE INDEX "photos_profile_date_idx" ON "photos" USING btree ("profile_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE TRIGGER circumference_log_set_updated_at BEFORE UPDATE ON circumference_log FOR EACH ROW EXECUTE FUNCTION set_updated_at();--> statement-breakpoint
CREATE TRIGGER caliper_log_set_updated_at BEFORE UPDATE ON caliper_log FOR EACH ROW EXECUTE FUNCTION set_updated_at();--> statement-breakpoint
CREATE TRIGGER photos_set_updated_at BEFORE UPDATE ON photos FOR EACH ROW EXECUTE FUNCTION set_updated_at();
