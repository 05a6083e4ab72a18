// GenerationWorkflow: one generation run, as durable steps. Per phase, from the project's current
// phase to the run's target: draft each template artifact the project lacks (or has failing) through
// the LLM, validate it with the spec engine, regenerate with the findings (bounded tries), store it
// idempotently (src/runs/generation/store.ts); what still fails stops the run `needs_attention` until a
// person fixes it and resumes. At the two approval phases the run waits for the approve routes'
// event; then it advances through the API's own advance statement, recording tokens and cost.
// The run row in Postgres is kept current at every step; pause/cancel are read from it between steps.
// A scoped run (a change request's) drafts only the change request's affected documents, as its
// proposals, and ends (draftScoped).
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { NonRetryableError } from "cloudflare:workflows";
import type { z } from "zod";
import { type dbConfigSchema, getDbConfig } from "../../platform/config";
import { createDb } from "../../platform/db/client";
import { approvalColumns, PHASES, type Phase } from "../../platform/db/schema";
import { sha256Hex } from "../../platform/lib/hash";
import {
  type ArtifactInput,
  type ArtifactTemplate,
  type Finding,
  phaseApproval,
  phaseTemplate,
  type ValidationResult,
  validateArtifact,
} from "../../spec-engine";
import { applyDeltas, type RequirementDelta, renderRequirement } from "../../spec-engine/requirements";
import { approvalEventType, RESUME_EVENT, type RunParams } from "../workflow-binding";
import { briefFindings, briefFor, crossFindings, draftLevels, type RunState } from "./brief";
import { declaredTraceability, isComputed } from "./computed";
import { getLlmConfig, type llmConfigSchema } from "./config";
import type { ContextDoc } from "./context";
import { type ArtifactBrief, estimateTokens, MAX_ANSWER_TOKENS } from "./contract";
import { complete, costUsd, LlmError } from "./llm";
import { buildMessages } from "./prompt";
import { ARTIFACT_PROMPTS } from "./prompts";
import {
  advanceForRun,
  failRun,
  markRunning,
  phaseSpend,
  proposedSinceStart,
  readRunState,
  readScope,
  recordSpentStep,
  setRunPosition,
  storeDraft,
  storedWhileRunning,
  storeProposal,
} from "./store";

export type GeneratorBindings = Record<
  keyof z.input<typeof llmConfigSchema> | keyof z.input<typeof dbConfigSchema>,
  string | undefined
> & { GENERATION: Workflow<RunParams> };

export type { RunParams, RunState };
export { draftLevels };

export interface DraftResult {
  content: string;
  contentHash: string;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  model: string;
  contextOmitted: string[];
  /** The answer was unusable (content ""): why, for the next try's findings. */
  unusable?: string;
  /** The model refused: its words (content ""). */
  refusal?: string;
}

export const DRAFT_RETRIES = { limit: 4, baseSeconds: 2 } as const;
/** Drafts of one artifact per pass: the first plus regenerations with the findings. */
export const MAX_TRIES = 3;
/** Token budget of the earlier artifacts in a prompt. */
export const CONTEXT_BUDGET = 6000;
/** Tokens kept free for the answer when checking the run's budget before a call. */
export const ANSWER_RESERVE = 2000;

/** max_tokens of the next call: what the run's budget leaves after the prompt, at most MAX_ANSWER_TOKENS. */
export function answerTokens(budget: number, spent: number, promptEstimate: number): number {
  return Math.max(1, Math.min(MAX_ANSWER_TOKENS, budget - spent - promptEstimate));
}

/**
 * Delay before the next try of a draft, from the engine's `ctx.attempt`: exponential from
 * baseSeconds, at least the provider's Retry-After (carried in the error message, the only part of
 * the error the engine keeps reliably).
 */
export function draftRetryDelay(attempt: number, error: Error): `${number} seconds` {
  const retryAfter = Number(/retry after (\d+) s\b/.exec(error.message)?.[1] ?? 0);
  return `${Math.max(DRAFT_RETRIES.baseSeconds * 2 ** (attempt - 1), retryAfter)} seconds`;
}

/** Template artifacts of `phase` the project lacks or has failing. */
function missingOrFailing(phase: Phase, state: RunState): ArtifactTemplate[] {
  return phaseTemplate(phase).artifacts.filter((tpl) => {
    const latest = state.artifacts.find((a) => a.phase === phase && a.name === tpl.name);
    return !latest || latest.status === "fail";
  });
}

/** What the run must draft in `phase`: template artifacts with a prompt, missing or failing. */
export function toDraft(phase: Phase, state: RunState): ArtifactTemplate[] {
  return missingOrFailing(phase, state).filter((tpl) => ARTIFACT_PROMPTS[tpl.name] !== undefined);
}

/** What the run computes in `phase` after drafting (traceability.json, src/runs/generation/computed.ts). */
export function toCompute(phase: Phase, state: RunState): ArtifactTemplate[] {
  return missingOrFailing(phase, state).filter((tpl) => isComputed(tpl.name));
}

/** Drafts of one phase at once (parallel steps), unless GENERATION_DRAFT_CONCURRENCY says otherwise. */
export const DEFAULT_DRAFT_CONCURRENCY = 4;

export function draftConcurrency(env: Record<string, unknown>): number {
  const n = Number(env.GENERATION_DRAFT_CONCURRENCY ?? DEFAULT_DRAFT_CONCURRENCY);
  return Number.isInteger(n) && n >= 1 && n <= 16 ? n : DEFAULT_DRAFT_CONCURRENCY;
}

/** A scoped draft: its change request and the deltas as the prompt's last context document. */
interface Scope {
  crId: string;
  deltas: ContextDoc;
}

/** The deltas as a context document: what changes, and what the draft is asked to do with it. */
export function deltasDoc(deltas: readonly RequirementDelta[]): ContextDoc {
  const lines = deltas.flatMap((d) =>
    d.kind === "removed"
      ? [`REMOVED ${d.reqId}: ${d.reason}`, ""]
      : [`${d.kind.toUpperCase()} ${d.reqId}:`, ...renderRequirement(d), ""],
  );
  const ask =
    "A change request changes these requirements. Revise the document's current version (in the context above) so that it reflects them; keep what they do not touch.";
  return { phase: "change-request", name: "deltas", content: [ask, "", ...lines].join("\n").trim() };
}

/** Documents in drafting order: by phase, each phase's along its dependency graph, computed ones last. */
export function scopedOrder(documents: readonly { phase: Phase; name: string }[]) {
  return PHASES.flatMap((phase) => {
    const tpls = phaseTemplate(phase).artifacts.filter((t) =>
      documents.some((d) => d.phase === phase && d.name === t.name),
    );
    const levels = draftLevels(tpls.filter((t) => !isComputed(t.name))).flat();
    return [...levels, ...tpls.filter((t) => isComputed(t.name))].map((tpl) => ({ phase, tpl }));
  });
}

const findingLines = (findings: Finding[]) =>
  findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId}: ${f.message}`);

export class GenerationWorkflow extends WorkflowEntrypoint<GeneratorBindings, RunParams> {
  /**
   * The run wrote webhook events (an advance's gate.passed): the generator worker sends them now
   * (src/workers/generator.ts), rather than at the deliverer's next cron minute.
   */
  protected eventsWritten(): void {}

  private db() {
    try {
      return createDb(getDbConfig(this.env));
    } catch (err) {
      throw new NonRetryableError(`server_misconfigured: ${(err as Error).message}`);
    }
  }

  override async run(event: Readonly<WorkflowEvent<RunParams>>, step: WorkflowStep) {
    const { runId } = event.payload;
    try {
      return await this.loop(runId, step);
    } catch (err) {
      // A hard failure (misconfiguration, a rejected call, retries exhausted): the run ends `failed`
      // with the reason; the engine's own error is generic, so the row carries it.
      const message = (err as Error).message ?? String(err);
      const code = /^(\w+):/.exec(message)?.[1] ?? "generation_failed";
      await step.do("record failure", async () => {
        await failRun(this.db(), runId, { code, message });
      });
      throw err;
    }
  }

  private async loop(runId: string, step: WorkflowStep) {
    await step.do("start", async () => {
      await markRunning(this.db(), runId, ["queued"]);
    });
    for (let pass = 1; ; pass++) {
      const state = await step.do(`${pass} read state`, () => this.readState(runId));
      if (state.status === "cancelled" || state.status === "failed" || state.status === "completed") {
        return { runId, status: state.status };
      }
      if (state.status === "paused" || state.status === "needs_attention") {
        await step.waitForEvent(`${pass} wait for resume`, { type: RESUME_EVENT, timeout: "30 days" });
        continue;
      }
      const phase = state.project.currentPhase;
      if (state.changeRequestId) {
        if ((await this.draftScoped(runId, pass, state, state.changeRequestId, step)) === "stopped") continue;
        await step.do(`${pass} complete`, async () => {
          await setRunPosition(this.db(), runId, { phase, artifact: null, status: "completed", lastError: null });
        });
        return { runId, status: "completed" };
      }
      if (PHASES.indexOf(phase) >= PHASES.indexOf(state.targetPhase)) {
        await step.do(`${pass} complete`, async () => {
          await setRunPosition(this.db(), runId, { phase, artifact: null, status: "completed", lastError: null });
        });
        return { runId, status: "completed" };
      }
      const outcome = await this.draftPhase(runId, pass, phase, state, step);
      if (outcome === "stopped") continue;
      // The phase's approval, if it has one and it is not given yet: wait for the approve route's event.
      const gate = phaseApproval(phase);
      if (gate && !state.project[approvalColumns(gate).flag]) {
        await step.do(`${pass} wait ${gate}`, async () => {
          await setRunPosition(this.db(), runId, { phase, artifact: null, status: "waiting_for_approval" });
        });
        await step.waitForEvent(`${pass} ${gate} approval`, { type: approvalEventType(gate), timeout: "30 days" });
        await step.do(`${pass} approved ${gate}`, async () => {
          await markRunning(this.db(), runId, ["waiting_for_approval"]);
        });
        continue; // read the state again: the approval is in the project row now
      }
      const advanced = await step.do(`${pass} advance ${phase}`, async () => {
        const db = this.db();
        const spent = await phaseSpend(db, runId, phase);
        const rows = await advanceForRun(db, runId, state.project.id, {
          expected: phase,
          artifactsGenerated: phaseTemplate(phase).artifacts.map((a) => a.name),
          validationPassed: true,
          tokensUsed: spent.tokens,
          costEstimateUsd: spent.cost,
        });
        return rows.length > 0;
      });
      if (advanced) this.eventsWritten();
      if (!advanced) {
        // Refused by the phase's gate (or the project moved, or the run was paused meanwhile): a
        // person decides; the next pass re-reads the state.
        await step.do(`${pass} advance refused`, async () => {
          await setRunPosition(this.db(), runId, {
            phase,
            artifact: null,
            status: "needs_attention",
            lastError: {
              code: "advance_refused",
              message: `the project could not leave ${phase}: its gate is not met`,
            },
          });
        });
      }
    }
  }

  /**
   * Drafts what the phase lacks, level by level of the phase's dependency graph (draftLevels), at most
   * `concurrency` drafts at once as parallel steps; "stopped" when the run now needs a person
   * (attention or budget). The drafts of one group share what the run's budget has left equally, so
   * together they never exceed it.
   */
  private async draftPhase(
    runId: string,
    pass: number,
    phase: Phase,
    state: RunState,
    step: WorkflowStep,
  ): Promise<"done" | "stopped"> {
    let spent = state.tokensUsed;
    // The latest documents as this pass leaves them (drafts replace earlier versions as they pass).
    const latest: ArtifactInput[] = state.artifacts.map((a) => ({ phase: a.phase, name: a.name, content: a.content }));
    const accept = (doc: ArtifactInput) => {
      const i = latest.findIndex((a) => a.phase === doc.phase && a.name === doc.name);
      if (i >= 0) latest.splice(i, 1, doc);
      else latest.push(doc);
    };
    const concurrency = draftConcurrency(this.env);
    const pending = toDraft(phase, state);
    for (const level of draftLevels(pending)) {
      for (let i = 0; i < level.length; i += concurrency) {
        const group = level.slice(i, i + concurrency);
        // Every draft of the group sees the documents as the group starts (the same on a replay).
        const snapshot = latest.map((a) => ({ ...a }));
        const share = Math.floor((state.tokenBudget - spent) / group.length);
        const outcomes = await Promise.all(
          group.map((tpl) => this.draftArtifact(runId, pass, phase, state, step, tpl, snapshot, share)),
        );
        for (const o of outcomes) {
          spent += o.spent;
          if (o.accepted) accept(o.accepted);
        }
        if (outcomes.some((o) => o.stopped)) return "stopped";
      }
    }
    for (const tpl of toCompute(phase, state)) {
      const content = declaredTraceability(latest);
      const verdict = await validateArtifact(phase, tpl.name, content);
      const none = { content, contentHash: await sha256Hex(content), tokensIn: 0, tokensOut: 0, costUsd: 0 };
      const key = `${pass} ${phase}/${tpl.name}/computed`;
      if (!(await this.store(step, key, runId, state.project.id, phase, tpl.name, none, verdict))) return "stopped";
      const errors = verdict.findings.filter((f) => f.severity === "error");
      if (errors.length > 0) return this.needsAttention(step, runId, pass, phase, tpl.name, errors, 1);
      accept({ phase, name: tpl.name, content });
    }
    return "done";
  }

  /**
   * A scoped run's pass: the change request's affected documents (read at the run's start) drafted one at a time,
   * in scopedOrder, each as a proposal, over the set as it would be after the merge (the latest documents with the
   * proposals in their place). PRD.md is the current PRD with the deltas applied and the computed documents are
   * computed, without the LLM; a document without a prompt (an extra file) is left as it is. Proposals stored since
   * the run started that pass their own validation are kept (a pass after a resume). "stopped" when the run now
   * needs a person.
   */
  private async draftScoped(
    runId: string,
    pass: number,
    state: RunState,
    crId: string,
    step: WorkflowStep,
  ): Promise<"done" | "stopped"> {
    const scope = await step.do("scope", () => readScope(this.db(), runId, state.project.id, crId));
    const proposed = await step.do(`${pass} proposed`, () => proposedSinceStart(this.db(), runId, crId));
    const latest: ArtifactInput[] = state.artifacts.map((a) => ({ phase: a.phase, name: a.name, content: a.content }));
    const accept = (doc: ArtifactInput) => {
      const i = latest.findIndex((a) => a.phase === doc.phase && a.name === doc.name);
      if (i >= 0) latest.splice(i, 1, doc);
      else latest.push(doc);
    };
    for (const p of proposed) accept({ phase: p.phase, name: p.name, content: p.content });
    const ctx = { crId, deltas: deltasDoc(scope.deltas) };
    let spent = state.tokensUsed;
    for (const { phase, tpl } of scopedOrder(scope.documents)) {
      if (proposed.some((p) => p.phase === phase && p.name === tpl.name && p.status !== "fail")) continue;
      const key = `${pass} ${phase}/${tpl.name}`;
      // The deltas apply to the project's PRD, never to an earlier proposal of this run (an ADDED one would repeat).
      const current = state.artifacts.find((a) => a.phase === phase && a.name === tpl.name)?.content ?? "";
      const computed = phase === "spec" && tpl.name === "PRD.md" ? applyDeltas(current, scope.deltas) : undefined;
      // traceability.json over the documents up to its phase, as a phase run computes it.
      const upTo = latest.filter((a) => PHASES.indexOf(a.phase) <= PHASES.indexOf(phase));
      const content = computed ?? (isComputed(tpl.name) ? declaredTraceability(upTo) : undefined);
      if (content !== undefined) {
        const verdict = await validateArtifact(phase, tpl.name, content);
        const none = { content, contentHash: await sha256Hex(content), tokensIn: 0, tokensOut: 0, costUsd: 0 };
        if (
          !(await this.storeProposal(
            step,
            `${key}/computed`,
            runId,
            crId,
            state.project.id,
            phase,
            tpl.name,
            none,
            verdict,
          ))
        ) {
          return "stopped";
        }
        const doc = { phase, name: tpl.name, content };
        const others = latest.filter((a) => a.phase !== phase || a.name !== tpl.name);
        const errors = [
          ...verdict.findings.filter((f) => f.severity === "error"),
          ...crossFindings(phase, tpl.name, [...others, doc]),
        ];
        if (errors.length > 0) return this.needsAttention(step, runId, pass, phase, tpl.name, errors, 1);
        accept(doc);
        continue;
      }
      if (ARTIFACT_PROMPTS[tpl.name] === undefined) continue;
      const snapshot = latest.map((a) => ({ ...a }));
      const o = await this.draftArtifact(
        runId,
        pass,
        phase,
        state,
        step,
        tpl,
        snapshot,
        state.tokenBudget - spent,
        ctx,
      );
      spent += o.spent;
      if (o.stopped) return "stopped";
      if (o.accepted) accept(o.accepted);
    }
    return "done";
  }

  /**
   * One document: drafted, validated and stored, drafted again with its findings up to MAX_TRIES,
   * spending at most `share` tokens. `snapshot`: the documents as its group started (context, brief,
   * cross-document checks). `stopped` when the run now needs a person. `scope`: a scoped run's draft, given the
   * document's current version and the deltas, stored as the change request's proposal.
   */
  private async draftArtifact(
    runId: string,
    pass: number,
    phase: Phase,
    state: RunState,
    step: WorkflowStep,
    tpl: ArtifactTemplate,
    snapshot: ArtifactInput[],
    share: number,
    scope?: Scope,
  ): Promise<{ spent: number; accepted?: ArtifactInput; stopped?: true }> {
    let spent = 0;
    const others = snapshot.filter((a) => a.phase !== phase || a.name !== tpl.name);
    // Context: the earlier phases' documents, then this phase's written before this group (the sbom
    // reads the dependency proposal of the level before it). Scoped: the document's current version too,
    // and the deltas last (kept first when the context is trimmed).
    const ctx: ContextDoc[] = [
      ...(scope ? snapshot : others).filter(
        (a) => PHASES.indexOf(a.phase) <= PHASES.indexOf(phase) && !isComputed(a.name),
      ),
      ...(scope ? [scope.deltas] : []),
    ];
    // From the documents as they are now: the PRD drafted earlier in this pass defines what the rest references.
    const brief = briefFor(tpl, { project: state.project, artifacts: snapshot });
    let findings: string[] = [];
    let failing: Finding[] | undefined;
    for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
      const key = `${pass} ${phase}/${tpl.name}/try-${attempt}`;
      const estimate = estimateTokens(
        buildMessages({ brief, context: ctx, contextBudget: CONTEXT_BUDGET, findings })
          .messages.map((m) => m.content)
          .join(""),
      );
      if (spent + estimate + ANSWER_RESERVE > share) {
        const used = state.tokenBudget - share + spent;
        await step.do(`${key} budget`, async () => {
          await setRunPosition(this.db(), runId, {
            phase,
            artifact: tpl.name,
            status: "needs_attention",
            lastError: {
              code: "token_budget_exhausted",
              message: `the next draft (~${estimate + ANSWER_RESERVE} tokens) would exceed the run's budget: ${used} of ${state.tokenBudget} used or reserved`,
              artifact: tpl.name,
            },
          });
        });
        return { spent, stopped: true };
      }
      const draft = await step.do(
        `${key} draft`,
        {
          retries: { limit: DRAFT_RETRIES.limit, delay: ({ ctx, error }) => draftRetryDelay(ctx.attempt, error) },
          timeout: "3 minutes",
        },
        () => this.draft(runId, key, phase, tpl.name, brief, ctx, findings, answerTokens(share, spent, estimate)),
      );
      spent += draft.tokensIn + draft.tokensOut;
      if (draft.refusal !== undefined) {
        // A refusal is the model's decision on this prompt: asking again the same way does not help.
        await step.do(`${key} refused`, async () => {
          await setRunPosition(this.db(), runId, {
            phase,
            artifact: tpl.name,
            status: "needs_attention",
            lastError: {
              code: "llm_refused",
              message: `the model refused to write ${tpl.name}: ${draft.refusal}`,
              artifact: tpl.name,
            },
          });
        });
        return { spent, stopped: true };
      }
      if (draft.content === "") {
        failing = [];
        findings = [`the previous answer was not usable: ${draft.unusable ?? "empty"}`];
        continue;
      }
      const verdict = await validateArtifact(phase, tpl.name, draft.content);
      const stored = scope
        ? await this.storeProposal(step, key, runId, scope.crId, state.project.id, phase, tpl.name, draft, verdict)
        : await this.store(step, key, runId, state.project.id, phase, tpl.name, draft, verdict);
      if (!stored) return { spent, stopped: true };
      const doc = { phase, name: tpl.name, content: draft.content };
      const errors = [
        ...verdict.findings.filter((f) => f.severity === "error"),
        ...crossFindings(phase, tpl.name, [...others, doc]),
        ...briefFindings(brief, draft.content),
      ];
      if (errors.length === 0) return { spent, accepted: doc };
      failing = errors;
      findings = findingLines(errors);
    }
    await this.needsAttention(step, runId, pass, phase, tpl.name, failing ?? []);
    return { spent, stopped: true };
  }

  /**
   * Stores one version idempotently (keyed by the step), with the spec engine's verdict. False when
   * the run was no longer running (paused or cancelled meanwhile): nothing was written, and the
   * caller stops drafting so the next pass reads the state and waits or ends.
   */
  private async store(
    step: WorkflowStep,
    key: string,
    runId: string,
    projectId: string,
    phase: Phase,
    name: string,
    draft: Pick<DraftResult, "content" | "contentHash" | "tokensIn" | "tokensOut" | "costUsd">,
    verdict: ValidationResult,
  ) {
    return step.do(`${key} store`, async () => {
      const cfg = getDbConfig(this.env);
      const results = await storeDraft(
        createDb(cfg),
        {
          runId,
          projectId,
          stepKey: key,
          phase,
          name,
          content: draft.content,
          contentHash: draft.contentHash,
          validation: verdict,
          tokensIn: draft.tokensIn,
          tokensOut: draft.tokensOut,
          costUsd: draft.costUsd,
        },
        { artifacts: cfg.QUOTA_ARTIFACTS_PER_PROJECT, bytes: cfg.QUOTA_BYTES_PER_PROJECT },
      );
      return storedWhileRunning(results);
    });
  }

  /**
   * store for a scoped run: the draft as the change request's proposal. False when the run was no longer running;
   * a change request that no longer takes proposals (approved, rejected, withdrawn meanwhile) fails the run.
   */
  private async storeProposal(
    step: WorkflowStep,
    key: string,
    runId: string,
    changeRequestId: string,
    projectId: string,
    phase: Phase,
    name: string,
    draft: Pick<DraftResult, "content" | "contentHash" | "tokensIn" | "tokensOut" | "costUsd">,
    verdict: ValidationResult,
  ) {
    return step.do(`${key} propose`, async () => {
      const results = await storeProposal(this.db(), {
        runId,
        changeRequestId,
        projectId,
        stepKey: key,
        phase,
        name,
        content: draft.content,
        contentHash: draft.contentHash,
        validation: verdict,
        tokensIn: draft.tokensIn,
        tokensOut: draft.tokensOut,
        costUsd: draft.costUsd,
      });
      if (!storedWhileRunning(results)) return false;
      if (results.stored.length === 0) {
        throw new NonRetryableError(
          `change_request_state: the change request no longer takes proposals; ${phase}/${name} was not stored`,
        );
      }
      return true;
    });
  }

  /** The run stops for a person: the document still fails after its tries (findings in lastError). */
  private async needsAttention(
    step: WorkflowStep,
    runId: string,
    pass: number,
    phase: Phase,
    name: string,
    errors: Finding[],
    tries = MAX_TRIES,
  ): Promise<"stopped"> {
    await step.do(`${pass} ${phase}/${name} needs attention`, async () => {
      await setRunPosition(this.db(), runId, {
        phase,
        artifact: name,
        status: "needs_attention",
        lastError: {
          code: "validation_failed",
          message: `${name} still fails validation after ${tries} ${tries === 1 ? "try" : "drafts"}; upload a fixed version and resume`,
          artifact: name,
          findings: errors,
        },
      });
    });
    return "stopped";
  }

  private async readState(runId: string): Promise<RunState> {
    const {
      run: [run],
      project: [project],
      artifacts,
    } = await readRunState(this.db(), runId);
    if (!run || !project) throw new NonRetryableError(`run_missing: run ${runId} or its project no longer exists`);
    return {
      status: run.status,
      targetPhase: run.targetPhase,
      tokensUsed: run.tokensIn + run.tokensOut,
      tokenBudget: run.tokenBudget,
      changeRequestId: run.changeRequestId,
      project: {
        id: project.id,
        name: project.name,
        idea: project.idea,
        currentPhase: project.currentPhase,
        stackApproved: project.stackApproved,
        dependenciesApproved: project.dependenciesApproved,
      },
      artifacts: artifacts.map((a) => ({
        phase: a.phase,
        name: a.artifactName,
        content: a.content,
        status: a.validationStatus,
      })),
    };
  }

  /** One LLM call (retried by the step on 429/5xx/network; anything else is a hard failure). */
  private async draft(
    runId: string,
    key: string,
    phase: Phase,
    artifact: string,
    brief: ArtifactBrief,
    context: ContextDoc[],
    findings: string[],
    maxTokens: number,
  ): Promise<DraftResult> {
    let cfg: ReturnType<typeof getLlmConfig>;
    try {
      cfg = getLlmConfig(this.env);
    } catch (err) {
      // (NonRetryableError keeps its own name: the engine recognises it by name.)
      throw new NonRetryableError(`server_misconfigured: ${(err as Error).message}`);
    }
    const db = this.db();
    await setRunPosition(db, runId, { phase, artifact });
    const { messages, context: trimmed } = buildMessages({ brief, context, contextBudget: CONTEXT_BUDGET, findings });
    try {
      const d = await complete(cfg, messages, {
        schema: brief.format === "json" && brief.schema ? { name: "artifact", schema: brief.schema } : undefined,
        maxTokens,
        sections: brief.sections,
      });
      return { ...d, contentHash: await sha256Hex(d.content), contextOmitted: trimmed.omitted };
    } catch (err) {
      if (err instanceof LlmError && (err.kind === "invalid_output" || err.kind === "refused")) {
        // Answered but unusable or refused: its tokens count (recorded once, keyed by the step); the
        // run regenerates (unusable) or stops for a person (refused).
        const usage = {
          tokensIn: err.usage?.tokensIn ?? 0,
          tokensOut: err.usage?.tokensOut ?? 0,
          costUsd: err.usage ? costUsd(cfg.price, err.usage.tokensIn, err.usage.tokensOut) : 0,
        };
        await recordSpentStep(db, {
          runId,
          stepKey: `${key} ${err.kind === "refused" ? "refused" : "unusable"}`,
          ...usage,
        });
        const empty = { content: "", contentHash: "", model: cfg.model, contextOmitted: trimmed.omitted, ...usage };
        return err.kind === "refused"
          ? { ...empty, refusal: err.message.replace(/^the model refused: /, "") }
          : { ...empty, unusable: err.message };
      }
      if (err instanceof LlmError && err.retryable) {
        throw new Error(`${artifact}: ${err.message}${err.retryAfterS ? `, retry after ${err.retryAfterS} s` : ""}`);
      }
      throw new NonRetryableError(
        `${err instanceof LlmError ? `llm_${err.kind}` : "generation_error"}: ${artifact}: ${(err as Error).message}`,
      );
    }
  }
}
