// Change requests (/api/projects/{id}/change-requests): proposed changes to a project's spec set, as deltas on
// PRD.md's requirements (ADDED, MODIFIED with new text, REMOVED with a reason; MODIFIED and REMOVED carry the
// revision they are based on), reviewed under the change_request review policy (src/reviews), merged into new
// document versions and requirement revisions, or rebased when another change request moved a requirement first.
// Owns change_requests, change_request_deltas and change_request_events (change_request_documents are written by
// the proposals). Invariants: a change request opens only on a project in spec or later; only a draft is edited;
// every MODIFIED/REMOVED delta names an existing revision of an active requirement when written; a merge is one
// batch that checks every base revision is still the active one; every transition writes its history event in
// the same statement; every statement is scoped through accessibleProject.
// Proposals (proposal-routes.ts, proposals.ts, proposal-queries.ts): documents proposed under a change request by
// hand, at most one per phase and name (a new one replaces it), each based on the document's latest version when
// proposed; proposing and withdrawing only while the change request is draft or in_review. A proposal's own
// findings are stored with it; the cross-document checks are decided on read over the set as it would be after the
// merge. A scoped run (src/runs) drafts proposals too: it reads the impact and deltas through impactOf and deltasOf and
// stores through putProposal with its run id.

export { type ImpactRow, impactOf } from "./impact";
export { asDelta, mergeRoutes } from "./merge-routes";
export { PROPOSALS_MAX, putProposal } from "./proposal-queries";
export { ProposalBody, proposalRoutes } from "./proposal-routes";
export {
  approvalHashes,
  changeRequestFields,
  type DeltaInput,
  deltaProblems,
  deltasOf,
  lockProjectForChange,
  OPEN_PHASES,
  openChangeRequest,
} from "./queries";
export {
  ChangeRequestParams,
  CreateChangeRequestBody,
  changeRequestRoutes,
  DELTAS_MAX,
  ListChangeRequestsQuery,
  UpdateChangeRequestBody,
} from "./routes";
