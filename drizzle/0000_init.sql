CREATE TABLE "auth_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" varchar(512),
	"ip" varchar(64),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auth_sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "phase_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"from_phase" varchar(32) NOT NULL,
	"to_phase" varchar(32) NOT NULL,
	"artifacts_generated" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"validation_passed" boolean,
	"tokens_used" integer,
	"cost_estimate_usd" numeric(12, 4),
	"transitioned_by" uuid,
	"transitioned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phase_history_project_from_unique" UNIQUE("project_id","from_phase"),
	CONSTRAINT "phase_history_from_valid" CHECK ("phase_history"."from_phase" in ('analysis', 'stack_selection', 'spec', 'dependencies', 'solutioning', 'done')),
	CONSTRAINT "phase_history_to_valid" CHECK ("phase_history"."to_phase" in ('analysis', 'stack_selection', 'spec', 'dependencies', 'solutioning', 'done'))
);
--> statement-breakpoint
CREATE TABLE "project_artifacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"phase" varchar(32) NOT NULL,
	"artifact_name" varchar(255) NOT NULL,
	"version" integer NOT NULL,
	"content" text NOT NULL,
	"file_size" integer NOT NULL,
	"content_hash" varchar(64) NOT NULL,
	"frontmatter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"validation_status" varchar(16) DEFAULT 'pending' NOT NULL,
	"validation_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quality_score" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_artifacts_version_unique" UNIQUE("project_id","phase","artifact_name","version"),
	CONSTRAINT "project_artifacts_phase_valid" CHECK ("project_artifacts"."phase" in ('analysis', 'stack_selection', 'spec', 'dependencies', 'solutioning', 'done')),
	CONSTRAINT "project_artifacts_status_valid" CHECK ("project_artifacts"."validation_status" in ('pending', 'pass', 'warn', 'fail')),
	CONSTRAINT "project_artifacts_quality_range" CHECK ("project_artifacts"."quality_score" between 0 and 100),
	CONSTRAINT "project_artifacts_version_positive" CHECK ("project_artifacts"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"slug" varchar(255) NOT NULL,
	"name" varchar(255) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"idea" text DEFAULT '' NOT NULL,
	"current_phase" varchar(32) DEFAULT 'analysis' NOT NULL,
	"phases_completed" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stack_choice" varchar(100),
	"stack_approved" boolean DEFAULT false NOT NULL,
	"dependencies_approved" boolean DEFAULT false NOT NULL,
	"github_repo_url" varchar(2048),
	"orchestration_state" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_user_slug_unique" UNIQUE("user_id","slug"),
	CONSTRAINT "projects_current_phase_valid" CHECK ("projects"."current_phase" in ('analysis', 'stack_selection', 'spec', 'dependencies', 'solutioning', 'done'))
);
--> statement-breakpoint
CREATE TABLE "rate_limit_log" (
	"identifier" varchar(255) NOT NULL,
	"endpoint" varchar(64) NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"reset_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_limit_log_identifier_endpoint_pk" PRIMARY KEY("identifier","endpoint")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(255) NOT NULL,
	"password_hash" text NOT NULL,
	"name" varchar(255) NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"email_verification_token_hash" varchar(64),
	"email_verification_expires_at" timestamp with time zone,
	"password_reset_token_hash" varchar(64),
	"password_reset_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phase_history" ADD CONSTRAINT "phase_history_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phase_history" ADD CONSTRAINT "phase_history_transitioned_by_users_id_fk" FOREIGN KEY ("transitioned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_artifacts" ADD CONSTRAINT "project_artifacts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auth_sessions_user_id_idx" ON "auth_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "auth_sessions_expires_at_idx" ON "auth_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "phase_history_project_time_idx" ON "phase_history" USING btree ("project_id","transitioned_at");--> statement-breakpoint
CREATE INDEX "phase_history_transitioned_by_idx" ON "phase_history" USING btree ("transitioned_by");--> statement-breakpoint
CREATE INDEX "projects_user_created_idx" ON "projects" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "projects_user_updated_idx" ON "projects" USING btree ("user_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "projects_user_name_idx" ON "projects" USING btree ("user_id","name","id");--> statement-breakpoint
CREATE INDEX "rate_limit_log_reset_at_idx" ON "rate_limit_log" USING btree ("reset_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_verification_token_unique" ON "users" USING btree ("email_verification_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "users_password_reset_token_unique" ON "users" USING btree ("password_reset_token_hash");--> statement-breakpoint
CREATE INDEX "users_email_verification_expires_idx" ON "users" USING btree ("email_verification_expires_at") WHERE "users"."email_verification_expires_at" is not null;--> statement-breakpoint
CREATE INDEX "users_password_reset_expires_idx" ON "users" USING btree ("password_reset_expires_at") WHERE "users"."password_reset_expires_at" is not null;