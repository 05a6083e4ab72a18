// Templates and traceability: the phase templates and rule catalog served as data (/api/templates,
// public, no database), and a project's requirement matrix (/api/projects/{id}/traceability).
// Invariants: the templates are the spec engine's own (src/spec-engine/templates.ts), never a copy;
// the matrix is computed from the latest template documents' stored facts in one round trip.
export { TemplateParams, templateRoutes } from "./routes";

export { CoverageByKindSchema, traceabilityOf, traceabilityRoutes } from "./traceability-routes";
