CREATE TABLE "github_connections" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"owner" varchar(100) NOT NULL,
	"repo" varchar(100) NOT NULL,
	"status" varchar(16) DEFAULT 'checking' NOT NULL,
	"repo_id" bigint,
	"default_branch" varchar(255),
	"branch" varchar(255) NOT NULL,
	"directory" varchar(255) DEFAULT 'spec' NOT NULL,
	"auth_kind" varchar(8) NOT NULL,
	"installation_id" bigint,
	"token_ciphertext" text,
	"permissions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"pull_number" integer,
	"pull_url" varchar(2048),
	"pushed_sha" varchar(40),
	"pushed_at" timestamp with time zone,
	"merged_sha" varchar(40),
	"merged_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "github_connections_auth" CHECK (("github_connections"."auth_kind" = 'app' and "github_connections"."installation_id" is not null) or ("github_connections"."auth_kind" = 'token' and "github_connections"."token_ciphertext" is not null))
);
--> statement-breakpoint
CREATE TABLE "github_deliveries" (
	"delivery_id" varchar(64) PRIMARY KEY NOT NULL,
	"event" varchar(64) NOT NULL,
	"project_id" uuid,
	"outcome" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "github_drift" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"commit_sha" varchar(40) NOT NULL,
	"ref" varchar(255) NOT NULL,
	"files" jsonb NOT NULL,
	"status" varchar(20) DEFAULT 'open' NOT NULL,
	"change_request_id" uuid,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "github_drift_commit_unique" UNIQUE("project_id","commit_sha")
);
--> statement-breakpoint
CREATE TABLE "github_issues" (
	"project_id" uuid NOT NULL,
	"task_id" varchar(32) NOT NULL,
	"issue_number" integer NOT NULL,
	"issue_url" varchar(2048) NOT NULL,
	"content_hash" varchar(64) NOT NULL,
	"state" varchar(8) DEFAULT 'open' NOT NULL,
	"removed" boolean DEFAULT false NOT NULL,
	"state_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "github_issues_pkey" PRIMARY KEY("project_id","task_id"),
	CONSTRAINT "github_issues_number_unique" UNIQUE("project_id","issue_number")
);
--> statement-breakpoint
CREATE TABLE "github_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" varchar(16) DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"result" jsonb,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "kind" varchar(16) DEFAULT 'key' NOT NULL;--> statement-breakpoint
ALTER TABLE "github_connections" ADD CONSTRAINT "github_connections_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "github_connections" ADD CONSTRAINT "github_connections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "github_deliveries" ADD CONSTRAINT "github_deliveries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "github_drift" ADD CONSTRAINT "github_drift_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "github_drift" ADD CONSTRAINT "github_drift_change_request_id_change_requests_id_fk" FOREIGN KEY ("change_request_id") REFERENCES "public"."change_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "github_issues" ADD CONSTRAINT "github_issues_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "github_jobs" ADD CONSTRAINT "github_jobs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "github_jobs" ADD CONSTRAINT "github_jobs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "github_connections_repo_idx" ON "github_connections" USING btree ("repo_id");--> statement-breakpoint
CREATE INDEX "github_deliveries_received_idx" ON "github_deliveries" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "github_drift_project_idx" ON "github_drift" USING btree ("project_id","detected_at","id");--> statement-breakpoint
CREATE INDEX "github_jobs_project_idx" ON "github_jobs" USING btree ("project_id","created_at","id");--> statement-breakpoint
CREATE INDEX "github_jobs_due_idx" ON "github_jobs" USING btree ("next_attempt_at") WHERE "github_jobs"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "github_jobs_one_pending_idx" ON "github_jobs" USING btree ("project_id","kind") WHERE "github_jobs"."status" = 'pending';--> statement-breakpoint
-- Connections made before api_keys.kind existed were told apart by their name (src/mcp/grant.ts).
UPDATE "api_keys" SET "kind" = 'connection' WHERE "name" LIKE 'MCP connection: %';
