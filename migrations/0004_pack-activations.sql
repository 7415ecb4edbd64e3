CREATE TABLE "pack_activations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pack_id" text NOT NULL,
	"version" text NOT NULL,
	"effective_from" date NOT NULL,
	"note" text,
	"activated_by" text NOT NULL,
	"activated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "pack_activations_pack" ON "pack_activations" USING btree ("pack_id","effective_from");