CREATE TABLE "import_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"header_key" text NOT NULL,
	"headers" jsonb NOT NULL,
	"kind" text NOT NULL,
	"fields" jsonb NOT NULL,
	"date_order" text DEFAULT 'mdy' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sleep_log" ALTER COLUMN "bedtime" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sleep_log" ALTER COLUMN "wake_time" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "kinds" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "generic" jsonb;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "import_mappings_profile_header_unique" ON "import_mappings" USING btree ("profile_id","header_key");--> statement-breakpoint
ALTER TABLE "sleep_log" ADD CONSTRAINT "sleep_log_clock_check" CHECK (("sleep_log"."bedtime" is null) = ("sleep_log"."wake_time" is null));--> statement-breakpoint
CREATE TRIGGER import_mappings_set_updated_at BEFORE UPDATE ON import_mappings FOR EACH ROW EXECUTE FUNCTION set_updated_at();
