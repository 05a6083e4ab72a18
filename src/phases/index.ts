// Phases and approvals: the phase machine over HTTP (approval gates, advancing, history, progress).
// Owns the project's current phase, its approvals and the phase_history rows.
// Invariants: phases are passed in PHASES order only; leaving a phase requires its gates, each one SQL
// condition (gates.ts) that the advance statement itself checks, so the move and its refusal cannot
// disagree; an advance writes the move and its history row in one statement.
export { gatePassedEvents } from "./events";
export { advancePhase } from "./queries";

export { AdvanceBody, phaseRoutes, StackBody } from "./routes";
