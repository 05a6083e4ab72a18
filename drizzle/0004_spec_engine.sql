CREATE TABLE "artifact_waivers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"phase" varchar(32) NOT NULL,
	"artifact_name" varchar(255) NOT NULL,
	"rule_id" varchar(64) NOT NULL,
	"reason" text NOT NULL,
	"waived_by" uuid,
	"waived_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "artifact_waivers_finding_unique" UNIQUE("project_id","phase","artifact_name","rule_id"),
	CONSTRAINT "artifact_waivers_phase_valid" CHECK ("artifact_waivers"."phase" in ('analysis', 'stack_selection', 'spec', 'dependencies', 'solutioning', 'done')),
	CONSTRAINT "artifact_waivers_reason_present" CHECK (length("artifact_waivers"."reason") > 0)
);
--> statement-breakpoint
ALTER TABLE "project_artifacts" ADD COLUMN "extra_file" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "stack_approved_by" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "stack_approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "dependencies_approved_by" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "dependencies_approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "coverage_threshold" integer DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE "artifact_waivers" ADD CONSTRAINT "artifact_waivers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifact_waivers" ADD CONSTRAINT "artifact_waivers_waived_by_users_id_fk" FOREIGN KEY ("waived_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "artifact_waivers_waived_by_idx" ON "artifact_waivers" USING btree ("waived_by");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_stack_approved_by_users_id_fk" FOREIGN KEY ("stack_approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_dependencies_approved_by_users_id_fk" FOREIGN KEY ("dependencies_approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_stack_approved_by_idx" ON "projects" USING btree ("stack_approved_by");--> statement-breakpoint
CREATE INDEX "projects_dependencies_approved_by_idx" ON "projects" USING btree ("dependencies_approved_by");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_coverage_threshold_range" CHECK ("projects"."coverage_threshold" between 0 and 100);