// The spec engine's public surface (routes and other modules import from here).
export { evaluateGate, type GateInput } from "./gate";
export {
  generateHandoff,
  generateLlmContext,
  type HandoffApproval,
  type HandoffHistoryEntry,
  type HandoffInput,
  traceabilityJson,
} from "./handoff";
export { artifactScore, projectScore } from "./quality";
export { RULES, type RuleId } from "./rules";
export { classifyArtifact, PHASE_TEMPLATES, phaseTemplate } from "./templates";
export { computeTraceability } from "./traceability";
export type * from "./types";
export { validateArtifact } from "./validate";
