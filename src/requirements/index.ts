// Requirements (/api/projects/{id}/requirements): PRD.md's requirements as rows, one per revision. Owns the
// requirements rows and project_artifacts.requirement_revisions. Recording runs in the batch that stores a
// version (recordingStatements, after the store): a new id gets revision 1, changed text (content hash) the next
// revision while the previous is superseded, an id the PRD no longer defines is retired with the reason, unchanged
// text records nothing; every version stored names the active revisions of the requirements it references.
// Invariants: at most one active revision per requirement (a unique index); revisions are never deleted, so
// superseded and retired requirements stay visible; every statement is scoped through accessibleProject.

export {
  builtOn,
  isPrd,
  recordingStatements,
  requirementFields,
  type StoredDoc,
  type StoredPrd,
} from "./queries";
export { storedPrdOf } from "./recording";
export {
  ListRequirementsQuery,
  ReqIdSchema,
  RequirementParams,
  RequirementSchema,
  requirementJson,
  requirementRoutes,
} from "./routes";
