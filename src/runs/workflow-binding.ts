// The API's side of the generator's Workflow: the binding (wrangler.toml `[[workflows]]`
// script_name = "spec-drive-generator"), the parameters a run starts with and the events that wake
// it. Types only from the generator: its code (LLM client, prompts) stays out of the API bundle.
import { ConfigError } from "../platform/config";
import type { Approval } from "../platform/db/schema";

/** What a run's Workflow instance starts with: everything else it reads from its row. */
export interface RunParams {
  runId: string;
}

/** Sent by the resume route: a paused run, or one that needed attention, goes on. */
export const RESUME_EVENT = "resume";

/** Sent by the approve routes to the project's waiting run. */
export const approvalEventType = (approval: Approval) => `approval-${approval}`;

/** The part of the Workflow binding the API uses (structural: the Node typecheck has no workers types). */
export interface GenerationBinding {
  create(options: { id: string; params: RunParams }): Promise<{ id: string }>;
  get(id: string): Promise<{
    sendEvent(event: { type: string; payload: unknown }): Promise<void>;
    terminate(): Promise<void>;
  }>;
}

/** The GENERATION binding; its absence is an operator error (server_misconfigured), never a stub. */
export function generationBinding(env: Record<string, unknown>): GenerationBinding {
  const b = env.GENERATION as GenerationBinding | undefined;
  if (!b || typeof b.create !== "function") {
    throw new ConfigError([
      'GENERATION is not bound (wrangler.toml [[workflows]] binding = "GENERATION", script_name = "spec-drive-generator")',
    ]);
  }
  return b;
}
