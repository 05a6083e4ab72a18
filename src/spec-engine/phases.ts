// The phase list and the approvals belong to the spec engine (its templates and gates are per phase); the
// database schema takes its column enums, checks and flag columns from here.

/** The phases of a project, in the only order they may be passed through. */
export const PHASES = ["analysis", "stack_selection", "spec", "dependencies", "solutioning", "done"] as const;
export type Phase = (typeof PHASES)[number];

/**
 * The human approvals, one identifier each: the route `/api/projects/{id}/<approval>/approve`, the run's wake
 * event, the handoff's list, the template of the phase that takes it. Each is stored as a project flag
 * `<approval>_approved` with who and when (approvalColumns).
 */
export const APPROVALS = ["stack", "dependencies"] as const;
export type Approval = (typeof APPROVALS)[number];
/** An approval's flag: the projects column `<approval>_approved`, also how a phase template names its approval. */
export const approvalFlag = <A extends Approval>(approval: A) => `${approval}_approved` as const;
export type ApprovalFlag = ReturnType<typeof approvalFlag>;
