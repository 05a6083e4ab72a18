// The spec engine's public surface (routes and other modules import from here).
export {
  type ChangelogDelta,
  type ChangelogEntry,
  generateChangelog,
  generateHandoff,
  generateLlmContext,
  type HandoffApproval,
  type HandoffChangeRequest,
  type HandoffHistoryEntry,
  type HandoffInput,
  type HandoffRequirement,
  type HandoffTask,
  traceabilityJson,
} from "./handoff";
export { artifactScore, projectScore, statusOf } from "./quality";
export { FINDING_RULES, finding, type RuleId, ruleInfo } from "./rules";
export {
  classifyArtifact,
  EPIC_ID,
  PHASE_TEMPLATES,
  phaseApproval,
  phaseTemplate,
  REQUIREMENT_ID,
  TASK_ID,
} from "./templates";
export { computeTraceability, DEFAULT_COVERAGE_THRESHOLD } from "./traceability";
export type * from "./types";
export { validateArtifact } from "./validate";
