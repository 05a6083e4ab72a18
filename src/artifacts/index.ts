// Artifacts (/api/projects/{id}/artifacts): the versioned spec documents of a project, their
// validation, stored cross-document facts and waivers. Owns the project_artifacts and artifact_waivers rows.
// Invariants: a stored version (its content and findings) never changes, a waiver is a row of its own;
// a version's number is computed in SQL and the unique key (project, phase, name, version) decides
// between concurrent posts; every statement is scoped to the caller through accessibleProject. The
// cross-document findings are decided in SQL over stored facts (cross-findings.ts), so the store, the
// waiver check and the phase gates read one definition.

// The routes, and the schemas the MCP tools take their input from.

export {
  ARTIFACT_BODY_MAX,
  ArtifactName,
  ArtifactParams,
  artifactRoutes,
  CreateArtifactBody,
  ListArtifactsQuery,
  prepareArtifact,
  ValidationBody,
} from "./routes";

// The cross-document findings as SQL conditions (read by the phase gates too).

export {
  CROSS_RULES,
  type CrossError,
  type CrossRule,
  crossErrors,
  crossFinding,
  type FactsRef,
  latestDocs,
} from "./cross-findings";

// Statements for other features' batches.

export { artifactDiffRoutes, DiffSchema } from "./diff-routes";
export {
  type ArtifactQuotas,
  artifactFields,
  latestArtifactStatuses,
  latestTemplateContents,
  listWaivers,
  type NewArtifact,
  storeArtifacts,
  storedBytes,
} from "./queries";
