// The prompt files, bundled as text (wrangler [[rules]] Text for *.md in workers/generator/wrangler.toml).
// One file per artifact the generator drafts, named after the artifact without its extension;
// system.md frames every call, _frame.md lays out the user message around the artifact's prompt.

import frame from "./_frame.md";
import apiSpec from "./api-spec.md";
import architecture from "./architecture.md";
import constitution from "./constitution.md";
import dependencies from "./DEPENDENCIES.md";
import dataModel from "./data-model.md";
import dependencyProposal from "./dependency-proposal.md";
import epics from "./epics.md";
import prd from "./PRD.md";
import personas from "./personas.md";
import plan from "./plan.md";
import projectBrief from "./project-brief.md";
import readme from "./README.md";
import sbom from "./sbom.md";
import stackProposal from "./stack-proposal.md";
import stackScorecard from "./stack-scorecard.md";
import system from "./system.md";
import tasks from "./tasks.md";

export const SYSTEM_PROMPT: string = system;
export const FRAME: string = frame;

/** Artifact name -> its prompt. An artifact missing here cannot be drafted (a clear error, see prompt.ts). */
export const ARTIFACT_PROMPTS: Readonly<Record<string, string>> = {
  "constitution.md": constitution,
  "project-brief.md": projectBrief,
  "personas.md": personas,
  "plan.md": plan,
  "README.md": readme,
  "stack-proposal.md": stackProposal,
  "stack-scorecard.json": stackScorecard,
  "PRD.md": prd,
  "data-model.md": dataModel,
  "api-spec.json": apiSpec,
  "DEPENDENCIES.md": dependencies,
  "dependency-proposal.json": dependencyProposal,
  "sbom.json": sbom,
  "architecture.md": architecture,
  "epics.md": epics,
  "tasks.md": tasks,
};
