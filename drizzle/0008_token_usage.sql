CREATE TABLE "token_usage" (
	"user_id" uuid NOT NULL,
	"month" date NOT NULL,
	"tokens" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "token_usage_user_id_month_pk" PRIMARY KEY("user_id","month"),
	CONSTRAINT "token_usage_tokens_nonnegative" CHECK ("token_usage"."tokens" >= 0)
);
--> statement-breakpoint
ALTER TABLE "token_usage" ADD CONSTRAINT "token_usage_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- This month's spend so far, from the step rows of the runs that still exist.
INSERT INTO "token_usage" ("user_id", "month", "tokens")
SELECT r."user_id", date_trunc('month', now(), 'UTC')::date, sum(s."tokens_in" + s."tokens_out")
FROM "generation_run_steps" s JOIN "generation_runs" r ON r."id" = s."run_id"
WHERE s."created_at" >= date_trunc('month', now(), 'UTC')
GROUP BY r."user_id";
