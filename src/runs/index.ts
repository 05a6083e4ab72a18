// Generation runs, the API's side (/api/projects/{id}/runs): start, list, read, pause, resume, cancel,
// and the GENERATION Workflow binding that starts and wakes them. Owns the generation_runs rows.
// Invariants: a run's state lives in Postgres (every read is one round trip); at most one active run per
// project. The generator itself (the Workflow, its LLM client and prompts) is in generation/ and
// reaches the generator worker through worker.ts, never the API bundle.
export { activeRun, reservedByActiveRuns, usedThisMonth } from "./queries";

export { RunParamsSchema, runRoutes, StartBody } from "./routes";

export { approvalEventType, generationBinding } from "./workflow-binding";
