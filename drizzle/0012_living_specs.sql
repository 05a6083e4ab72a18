CREATE TABLE "change_request_deltas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_request_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" varchar(16) NOT NULL,
	"req_id" varchar(64) NOT NULL,
	"base_revision" integer,
	"title" text,
	"body" text,
	"acceptance" text,
	"reason" text,
	CONSTRAINT "change_request_deltas_req_unique" UNIQUE("change_request_id","req_id"),
	CONSTRAINT "change_request_deltas_kind_valid" CHECK ("change_request_deltas"."kind" in ('added', 'modified', 'removed')),
	CONSTRAINT "change_request_deltas_base_revision" CHECK (("change_request_deltas"."kind" = 'added') = ("change_request_deltas"."base_revision" is null))
);
--> statement-breakpoint
CREATE TABLE "change_request_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_request_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"phase" varchar(32) NOT NULL,
	"artifact_name" varchar(255) NOT NULL,
	"base_version" integer,
	"content" text NOT NULL,
	"file_size" integer NOT NULL,
	"content_hash" varchar(64) NOT NULL,
	"frontmatter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"validation_status" varchar(16) DEFAULT 'pending' NOT NULL,
	"validation_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"trace_ids" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"matrix_facts" jsonb,
	"quality_score" integer,
	"run_id" uuid,
	"proposed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_request_documents_doc_unique" UNIQUE("change_request_id","phase","artifact_name"),
	CONSTRAINT "change_request_documents_phase_valid" CHECK ("change_request_documents"."phase" in ('analysis', 'stack_selection', 'spec', 'dependencies', 'solutioning', 'done')),
	CONSTRAINT "change_request_documents_status_valid" CHECK ("change_request_documents"."validation_status" in ('pending', 'pass', 'warn', 'fail'))
);
--> statement-breakpoint
CREATE TABLE "change_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_request_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"actor_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_request_events_kind_valid" CHECK ("change_request_events"."kind" in ('opened', 'edited', 'submitted', 'approved', 'rejected', 'withdrawn', 'rebased', 'merged'))
);
--> statement-breakpoint
CREATE TABLE "change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" varchar(200) NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"author_id" uuid,
	"merged_by" uuid,
	"merged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_requests_number_unique" UNIQUE("project_id","number"),
	CONSTRAINT "change_requests_status_valid" CHECK ("change_requests"."status" in ('draft', 'in_review', 'approved', 'merged', 'rejected', 'withdrawn')),
	CONSTRAINT "change_requests_number_positive" CHECK ("change_requests"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"req_id" varchar(64) NOT NULL,
	"revision" integer NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"acceptance" text DEFAULT '' NOT NULL,
	"content_hash" varchar(64) NOT NULL,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"retired_reason" text,
	"artifact_id" uuid,
	"change_request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requirements_revision_unique" UNIQUE("project_id","req_id","revision"),
	CONSTRAINT "requirements_status_valid" CHECK ("requirements"."status" in ('active', 'superseded', 'retired')),
	CONSTRAINT "requirements_revision_positive" CHECK ("requirements"."revision" > 0)
);
--> statement-breakpoint
ALTER TABLE "generation_runs" ADD COLUMN "change_request_id" uuid;--> statement-breakpoint
ALTER TABLE "project_artifacts" ADD COLUMN "requirement_revisions" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "change_request_deltas" ADD CONSTRAINT "change_request_deltas_change_request_id_change_requests_id_fk" FOREIGN KEY ("change_request_id") REFERENCES "public"."change_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request_documents" ADD CONSTRAINT "change_request_documents_change_request_id_change_requests_id_fk" FOREIGN KEY ("change_request_id") REFERENCES "public"."change_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request_documents" ADD CONSTRAINT "change_request_documents_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request_documents" ADD CONSTRAINT "change_request_documents_run_id_generation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."generation_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request_documents" ADD CONSTRAINT "change_request_documents_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request_events" ADD CONSTRAINT "change_request_events_change_request_id_change_requests_id_fk" FOREIGN KEY ("change_request_id") REFERENCES "public"."change_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request_events" ADD CONSTRAINT "change_request_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request_events" ADD CONSTRAINT "change_request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_merged_by_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_artifact_id_project_artifacts_id_fk" FOREIGN KEY ("artifact_id") REFERENCES "public"."project_artifacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_change_request_id_change_requests_id_fk" FOREIGN KEY ("change_request_id") REFERENCES "public"."change_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_request_documents_project_idx" ON "change_request_documents" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "change_request_documents_run_idx" ON "change_request_documents" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "change_request_documents_proposed_by_idx" ON "change_request_documents" USING btree ("proposed_by");--> statement-breakpoint
CREATE INDEX "change_request_events_cr_idx" ON "change_request_events" USING btree ("change_request_id","created_at");--> statement-breakpoint
CREATE INDEX "change_request_events_project_idx" ON "change_request_events" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "change_request_events_actor_idx" ON "change_request_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "change_requests_project_created_idx" ON "change_requests" USING btree ("project_id","created_at","id");--> statement-breakpoint
CREATE INDEX "change_requests_project_status_idx" ON "change_requests" USING btree ("project_id","status");--> statement-breakpoint
CREATE INDEX "change_requests_author_idx" ON "change_requests" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "change_requests_merged_by_idx" ON "change_requests" USING btree ("merged_by");--> statement-breakpoint
CREATE UNIQUE INDEX "requirements_one_active_idx" ON "requirements" USING btree ("project_id","req_id") WHERE "requirements"."status" = 'active';--> statement-breakpoint
CREATE INDEX "requirements_project_status_idx" ON "requirements" USING btree ("project_id","status","req_id");--> statement-breakpoint
CREATE INDEX "requirements_artifact_idx" ON "requirements" USING btree ("artifact_id");--> statement-breakpoint
CREATE INDEX "requirements_change_request_idx" ON "requirements" USING btree ("change_request_id");--> statement-breakpoint
ALTER TABLE "generation_runs" ADD CONSTRAINT "generation_runs_change_request_id_change_requests_id_fk" FOREIGN KEY ("change_request_id") REFERENCES "public"."change_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "generation_runs_change_request_idx" ON "generation_runs" USING btree ("change_request_id");--> statement-breakpoint
-- Backfill: each project's latest PRD.md version's requirements as revision 1, active, parsed as
-- src/spec-engine/requirements.ts parses them (a line starting a heading or list item with a REQ id starts a
-- block, the first definition of an id wins; the block ends at the next such line or a heading of its level or
-- higher; its body is the text up to the first "Acceptance:", its acceptance the text after; the content hash is
-- SHA-256 of title, body and acceptance joined by U+001F). test/node/migrations.test.ts compares it with the parser.
WITH prd AS (
	SELECT DISTINCT ON (project_id) id, project_id, content FROM project_artifacts
	WHERE phase = 'spec' AND artifact_name = 'PRD.md' ORDER BY project_id, version DESC
), lines AS (
	SELECT prd.id AS artifact_id, prd.project_id, l.n, l.line
	FROM prd CROSS JOIN LATERAL regexp_split_to_table(prd.content, E'\r?\n') WITH ORDINALITY AS l(line, n)
), marks AS (
	SELECT lines.*,
		coalesce(length((regexp_match(line, '^\s{0,3}(#{1,6})\s'))[1]), 7) AS level,
		(regexp_match(line, '^\s{0,3}#{1,6}\s')) IS NOT NULL AS heading,
		(regexp_match(line, '^\s{0,3}(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|[0-9]+[.)]\s+)(?:\*\*|__|`)?(REQ-[A-Z][A-Z0-9]*-[0-9]{3,})\y'))[1] AS req_id
	FROM lines
), starts AS (
	SELECT m.*, row_number() OVER (PARTITION BY m.artifact_id, m.req_id ORDER BY m.n) AS k,
		regexp_replace(regexp_replace(regexp_replace(
			regexp_replace(m.line, '^\s{0,3}(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|[0-9]+[.)]\s+)(?:\*\*|__|`)?REQ-[A-Z][A-Z0-9]*-[0-9]{3,}(?:\*\*|__|`)?', ''),
			'^\s*[:.\-–—]?\s*', ''), '[*_`]', '', 'g'), '^\s+|\s+$', '', 'g') AS title
	FROM marks m WHERE m.req_id IS NOT NULL
), blocks AS (
	SELECT s.artifact_id, s.project_id, s.req_id, s.title, coalesce((
		SELECT string_agg(b.line, E'\n' ORDER BY b.n) FROM marks b
		WHERE b.artifact_id = s.artifact_id AND b.n > s.n AND b.n < coalesce((
			SELECT min(x.n) FROM marks x WHERE x.artifact_id = s.artifact_id AND x.n > s.n
				AND (x.req_id IS NOT NULL OR (x.heading AND x.level <= s.level))), 2147483647)), '') AS rest
	FROM starts s WHERE s.k = 1
), parsed AS (
	SELECT artifact_id, project_id, req_id, title,
		regexp_replace(CASE WHEN strpos(rest, 'Acceptance:') > 0 THEN left(rest, strpos(rest, 'Acceptance:') - 1) ELSE rest END, '^\s+|\s+$', '', 'g') AS body,
		CASE WHEN strpos(rest, 'Acceptance:') > 0 THEN regexp_replace(substr(rest, strpos(rest, 'Acceptance:') + 11), '^\s+|\s+$', '', 'g') ELSE '' END AS acceptance
	FROM blocks
)
INSERT INTO requirements (project_id, req_id, revision, title, body, acceptance, content_hash, status, artifact_id)
SELECT project_id, req_id, 1, title, body, acceptance,
	encode(sha256(convert_to(title || chr(31) || body || chr(31) || acceptance, 'UTF8')), 'hex'), 'active', artifact_id
FROM parsed
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Backfill: every stored version's requirement revisions, the active revisions of the ids it references or defines.
UPDATE project_artifacts a SET requirement_revisions = coalesce((
	SELECT jsonb_object_agg(r.req_id, r.revision) FROM requirements r
	WHERE r.project_id = a.project_id AND r.status = 'active'
		AND ((a.trace_ids->'refs') @> jsonb_build_array(r.req_id) OR (a.trace_ids->'defines') @> jsonb_build_array(r.req_id))), '{}'::jsonb)
WHERE a.requirement_revisions = '{}'::jsonb;
