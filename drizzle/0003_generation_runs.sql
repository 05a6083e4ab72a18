CREATE TABLE "generation_run_steps" (
	"run_id" uuid NOT NULL,
	"step_key" varchar(255) NOT NULL,
	"artifact_id" uuid,
	"tokens_in" integer DEFAULT 0 NOT NULL,
	"tokens_out" integer DEFAULT 0 NOT NULL,
	"cost_usd" numeric(12, 6) DEFAULT '0' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "generation_run_steps_run_id_step_key_pk" PRIMARY KEY("run_id","step_key")
);
--> statement-breakpoint
CREATE TABLE "generation_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" varchar(32) DEFAULT 'queued' NOT NULL,
	"target_phase" varchar(32) DEFAULT 'done' NOT NULL,
	"phase" varchar(32),
	"artifact" varchar(255),
	"produced" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tokens_in" integer DEFAULT 0 NOT NULL,
	"tokens_out" integer DEFAULT 0 NOT NULL,
	"cost_usd" numeric(12, 6) DEFAULT '0' NOT NULL,
	"token_budget" integer NOT NULL,
	"last_error" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "generation_runs_status_valid" CHECK ("generation_runs"."status" in ('queued', 'running', 'waiting_for_approval', 'needs_attention', 'paused', 'completed', 'failed', 'cancelled')),
	CONSTRAINT "generation_runs_target_phase_valid" CHECK ("generation_runs"."target_phase" in ('analysis', 'stack_selection', 'spec', 'dependencies', 'solutioning', 'done')),
	CONSTRAINT "generation_runs_phase_valid" CHECK ("generation_runs"."phase" is null or "generation_runs"."phase" in ('analysis', 'stack_selection', 'spec', 'dependencies', 'solutioning', 'done')),
	CONSTRAINT "generation_runs_tokens_nonnegative" CHECK ("generation_runs"."tokens_in" >= 0 and "generation_runs"."tokens_out" >= 0),
	CONSTRAINT "generation_runs_budget_positive" CHECK ("generation_runs"."token_budget" > 0)
);
--> statement-breakpoint
ALTER TABLE "generation_run_steps" ADD CONSTRAINT "generation_run_steps_run_id_generation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."generation_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generation_run_steps" ADD CONSTRAINT "generation_run_steps_artifact_id_project_artifacts_id_fk" FOREIGN KEY ("artifact_id") REFERENCES "public"."project_artifacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generation_runs" ADD CONSTRAINT "generation_runs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generation_runs" ADD CONSTRAINT "generation_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "generation_run_steps_artifact_idx" ON "generation_run_steps" USING btree ("artifact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "generation_runs_one_active_per_project" ON "generation_runs" USING btree ("project_id") WHERE "generation_runs"."status" in ('queued', 'running', 'waiting_for_approval', 'needs_attention', 'paused');--> statement-breakpoint
CREATE INDEX "generation_runs_project_created_idx" ON "generation_runs" USING btree ("project_id","created_at","id");--> statement-breakpoint
CREATE INDEX "generation_runs_user_active_idx" ON "generation_runs" USING btree ("user_id") WHERE "generation_runs"."status" in ('queued', 'running', 'waiting_for_approval', 'needs_attention', 'paused');