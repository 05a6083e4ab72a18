// Builds the messages of one draft: the system prompt, then the frame: project, idea, earlier
// artifacts trimmed to a budget (the part a phase's drafts share, first for prompt caching), the
// artifact's prompt file, findings of the last try, and the artifact brief as a fenced
// machine-readable block (src/runs/generation/contract.ts).

import { type ContextDoc, renderContext, type TrimmedContext, trimContext } from "./context";
import { type ArtifactBrief, renderBrief } from "./contract";
import type { ChatMessage } from "./llm";
import { ARTIFACT_PROMPTS, FRAME, SYSTEM_PROMPT } from "./prompts";

export interface PromptInput {
  brief: ArtifactBrief;
  /** Latest artifacts of the earlier phases, in phase order. */
  context: ContextDoc[];
  /** Token budget for the context part. */
  contextBudget: number;
  /** Findings of the previous attempt, one line each. */
  findings?: string[];
}

export class UnknownArtifactError extends Error {
  constructor(readonly artifact: string) {
    super(`no prompt for artifact "${artifact}" (src/runs/generation/prompts/)`);
  }
}

function fill(template: string, values: Record<string, string>): string {
  // One pass, so a value that contains "{{...}}" (user text) is never expanded.
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);
}

export function buildMessages(input: PromptInput): { messages: ChatMessage[]; context: TrimmedContext } {
  const artifactPrompt = ARTIFACT_PROMPTS[input.brief.artifact];
  if (artifactPrompt === undefined) throw new UnknownArtifactError(input.brief.artifact);
  const context = trimContext(input.context, input.contextBudget);
  // The part every draft of a phase shares first (project, idea, earlier documents), then what is this
  // artifact's: a provider's prompt cache serves the shared prefix to the phase's other drafts.
  const user = `${fill(FRAME, {
    project_name: input.brief.project.name,
    idea: input.brief.project.idea,
    context: renderContext(context).trim(),
    artifact_prompt: artifactPrompt.trim(),
    findings: input.findings?.length ? input.findings.map((f) => `- ${f}`).join("\n") : "(none)",
    brief: renderBrief(input.brief),
  }).trim()}\n`;
  return {
    messages: [
      { role: "system", content: SYSTEM_PROMPT.trim() },
      { role: "user", content: user },
    ],
    context,
  };
}
