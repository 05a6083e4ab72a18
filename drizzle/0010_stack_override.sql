ALTER TABLE "phase_history" ADD COLUMN "stack_override_reason" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "stack_override_reason" text;