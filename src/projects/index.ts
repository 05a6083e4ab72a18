// Projects (/api/projects): the project aggregate (create, list, stats, get by id or slug, update,
// delete, orchestration state), and the JSON shapes of projects and artifacts the other features answer with.
// Invariants: every statement is scoped to the caller through accessibleProject (a NULL user, from a bad
// token, matches nothing); every handler is one `authed` batch, one round trip.

// The JSON shapes of projects and artifacts, and the mappers from their rows.

export {
  type ArtifactMetaJson,
  ArtifactMetaSchema,
  type ArtifactRow,
  ArtifactSchema,
  artifactMetaJson,
  jsonObject,
  PhaseSchema,
  type ProjectJson,
  ProjectParams,
  ProjectSchema,
  projectJson,
  projectNotFound,
  ValidationFindingSchema,
  WaiverSchema,
  waiverJson,
} from "./shapes";

// Statements for other features' batches.

export {
  accessibleProject,
  findProject,
  lockOwner,
  onProject,
  type ProjectRow,
  projectEtag,
  projectExists,
  projectFields,
  projectTag,
} from "./queries";

// The routes, and the schemas the MCP tools take their input from.

export { CreateProjectBody, ListProjectsQuery, projectRoutes, UpdateProjectBody } from "./routes";
