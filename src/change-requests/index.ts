// Change requests (/api/projects/{id}/change-requests): proposed changes to a project's spec set.
// Proposals (proposal-routes.ts, proposals.ts, proposal-queries.ts): documents proposed under a change request by
// hand, at most one per phase and name (a new one replaces it), each based on the document's latest version when
// proposed; proposing and withdrawing only while the change request is draft or in_review. A proposal's own
// findings are stored with it; the cross-document checks are decided on read over the set as it would be after the
// merge.

export { PROPOSALS_MAX } from "./proposal-queries";
export { ProposalBody, proposalRoutes } from "./proposal-routes";
