// The phase list belongs to the spec engine (its templates and gates are per phase); the database
// schema takes its column enums and checks from here.

/** The phases of a project, in the only order they may be passed through. */
export const PHASES = ["analysis", "stack_selection", "spec", "dependencies", "solutioning", "done"] as const;
export type Phase = (typeof PHASES)[number];
