CREATE TABLE "application_status_totals" (
	"pack_id" text NOT NULL,
	"band" text NOT NULL,
	"status" text NOT NULL,
	"applications" integer NOT NULL,
	"capital_usd" numeric(24, 2) NOT NULL,
	CONSTRAINT "application_status_totals_pack_id_band_status_pk" PRIMARY KEY("pack_id","band","status")
);
--> statement-breakpoint
CREATE TABLE "fdi_application_totals" (
	"jurisdiction" text NOT NULL,
	"day" date NOT NULL,
	"measure" text NOT NULL,
	"flow" text NOT NULL,
	"amount_usd" numeric(20, 2) NOT NULL,
	"projects" integer NOT NULL,
	CONSTRAINT "fdi_application_totals_jurisdiction_day_measure_flow_pk" PRIMARY KEY("jurisdiction","day","measure","flow")
);
--> statement-breakpoint
CREATE TABLE "fdi_dimension_totals" (
	"jurisdiction" text NOT NULL,
	"year" integer NOT NULL,
	"measure" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"amount_usd" numeric(20, 2) NOT NULL,
	"projects" integer NOT NULL,
	CONSTRAINT "fdi_dimension_totals_jurisdiction_year_measure_dimension_key_pk" PRIMARY KEY("jurisdiction","year","measure","dimension","key")
);
--> statement-breakpoint
CREATE TABLE "fdi_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"jurisdiction" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"year" integer NOT NULL,
	"full_year" boolean NOT NULL,
	"flow" text NOT NULL,
	"measure" text NOT NULL,
	"amount_usd" numeric(20, 2) NOT NULL,
	"projects" integer,
	"country" text,
	"sector" text,
	"area" text,
	"park" text,
	"source_kind" text NOT NULL,
	"source_doc" text,
	"source_url" text,
	"source_date" date,
	"status" text NOT NULL,
	"batch" uuid NOT NULL,
	"application_id" uuid,
	"reverses" uuid,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fdi_entries" ADD CONSTRAINT "fdi_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fdi_entries_by_year" ON "fdi_entries" USING btree ("jurisdiction","source_kind","measure","year");--> statement-breakpoint
CREATE INDEX "fdi_entries_application" ON "fdi_entries" USING btree ("application_id");