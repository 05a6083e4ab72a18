// GenerationWorkflow (spike): the durable shape of a generation run. One step drafts an artifact
// through the LLM (retried with backoff on 429/5xx/network, Retry-After honoured; anything else ends
// the step at once), then the run waits for a human approval event, as it will at the two gates.
// The wiring wave adds: the runs table writes (idempotent per run+step), validation by the spec
// engine and regeneration with findings, the phase loop, budgets, pause/cancel.
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { NonRetryableError } from "cloudflare:workflows";
import type { z } from "zod";
import { getLlmConfig, type llmConfigSchema } from "../config";
import type { ContextDoc } from "./context";
import type { ArtifactBrief } from "./contract";
import { complete, LlmError } from "./llm";
import { buildMessages } from "./prompt";

export type GeneratorBindings = Record<keyof z.input<typeof llmConfigSchema>, string | undefined> & {
  GENERATION: Workflow<GenerationParams>;
};

export interface GenerationParams {
  runId: string;
  brief: ArtifactBrief;
  context: ContextDoc[];
  contextBudget: number;
  /** The approval the run waits for after the draft (approval-stack or approval-dependencies). */
  gate: "stack" | "dependencies";
}

export interface ApprovalEvent {
  approvedBy: string;
  stackChoice?: string;
}

export interface DraftResult {
  content: string;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  model: string;
  contextOmitted: string[];
}

/** The event type `instance.sendEvent` must use to wake a run waiting at `gate`. */
export const approvalEventType = (gate: GenerationParams["gate"]) => `approval-${gate}`;

export const DRAFT_RETRIES = { limit: 4, baseSeconds: 2 } as const;

/**
 * Delay before the next try of a draft, from the engine's `ctx.attempt` (in wrangler dev it was 3 at the
 * second retry): exponential from baseSeconds, at least the
 * provider's Retry-After (carried in the error message, the only part of the error the engine keeps
 * reliably).
 */
export function draftRetryDelay(attempt: number, error: Error): `${number} seconds` {
  const retryAfter = Number(/retry after (\d+) s\b/.exec(error.message)?.[1] ?? 0);
  return `${Math.max(DRAFT_RETRIES.baseSeconds * 2 ** (attempt - 1), retryAfter)} seconds`;
}

export class GenerationWorkflow extends WorkflowEntrypoint<GeneratorBindings, GenerationParams> {
  override async run(event: Readonly<WorkflowEvent<GenerationParams>>, step: WorkflowStep) {
    const p = event.payload;
    const draft = await step.do(
      `draft ${p.brief.artifact}`,
      {
        retries: { limit: DRAFT_RETRIES.limit, delay: ({ ctx, error }) => draftRetryDelay(ctx.attempt, error) },
        timeout: "3 minutes",
      },
      async (): Promise<DraftResult> => {
        let cfg: ReturnType<typeof getLlmConfig>;
        try {
          cfg = getLlmConfig(this.env);
        } catch (err) {
          // Missing LLM configuration: retrying cannot fix it; the run fails with the reason.
          // (NonRetryableError keeps its own name: the engine recognises it by name, a custom
          // name given as its second argument makes the step retry.)
          throw new NonRetryableError(`server_misconfigured: ${(err as Error).message}`);
        }
        const { messages, context } = buildMessages(p);
        try {
          const d = await complete(cfg, messages, {
            schema:
              p.brief.format === "json" && p.brief.schema ? { name: "artifact", schema: p.brief.schema } : undefined,
          });
          return { ...d, contextOmitted: context.omitted };
        } catch (err) {
          if (err instanceof LlmError && err.retryable) {
            throw new Error(`${err.message}${err.retryAfterS ? `, retry after ${err.retryAfterS} s` : ""}`);
          }
          throw new NonRetryableError(`${err instanceof LlmError ? err.kind : "error"}: ${(err as Error).message}`);
        }
      },
    );
    const approval = await step.waitForEvent<ApprovalEvent>(`wait for ${p.gate} approval`, {
      type: approvalEventType(p.gate),
      timeout: "30 days",
    });
    return {
      runId: p.runId,
      artifact: p.brief.artifact,
      chars: draft.content.length,
      tokensIn: draft.tokensIn,
      tokensOut: draft.tokensOut,
      costUsd: draft.costUsd,
      approvedBy: approval.payload.approvedBy,
    };
  }
}
