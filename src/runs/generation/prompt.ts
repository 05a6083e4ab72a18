// Builds the messages of one draft: the system prompt, then the artifact's prompt file inside the
// frame (project, idea, earlier artifacts trimmed to a budget, findings of the last try) and the
// artifact brief as a fenced machine-readable block (src/runs/generation/contract.ts).

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
  const user = `${artifactPrompt.trim()}\n\n${fill(FRAME, {
    project_name: input.brief.project.name,
    idea: input.brief.project.idea,
    context: renderContext(context).trim(),
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
