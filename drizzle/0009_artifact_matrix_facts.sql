ALTER TABLE "project_artifacts" ADD COLUMN "matrix_facts" jsonb;--> statement-breakpoint
-- Frontmatter that YAML aliases expanded when it was stored (aliases are refused now): over 32 KiB as jsonb text
-- (twice the 16 KiB serialized limit, as jsonb's text adds a space after each `:` and `,`) it cannot have been
-- accepted otherwise, and rows of megabytes made listing the artifacts and the export fail. Such a version keeps
-- its content; its frontmatter is emptied and it carries the frontmatter-invalid error, with status and score
-- as the spec engine derives them from its findings (src/spec/quality.ts).
UPDATE "project_artifacts" SET
  "frontmatter" = '{}'::jsonb,
  "validation_errors" = "validation_errors" || jsonb_build_array(jsonb_build_object(
    'ruleId', 'frontmatter-invalid',
    'severity', 'error',
    'message', 'the frontmatter expanded to ' || octet_length("frontmatter"::text) || ' bytes of JSON through YAML aliases; it was removed',
    'location', jsonb_build_object('phase', "phase", 'artifact', "artifact_name", 'line', 2))),
  "validation_status" = 'fail',
  "quality_score" = greatest(0, coalesce("quality_score", 100) - 20)
WHERE octet_length("frontmatter"::text) > 32768;
