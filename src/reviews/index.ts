// Reviews: who must approve at a gate (review policies: per workspace, a per-project override, else the
// default) and the approvals given there, with the document versions each approved.
// Owns review_policies and approvals. Invariants: "the policy is met" is ONE SQL condition (policyMet,
// from reviewState) read by the approve statement (the project's gate flag) and by the phase gate, so a
// stale or withdrawn approval blocks advancing; an approval and its audit row, webhook event and flag
// commit in one batch.
export {
  actedNow,
  approverCheck,
  authorMail,
  DEFAULT_POLICY,
  flagSet,
  giveApproval,
  giveSubjectApproval,
  policyMet,
  type ReviewState,
  reviewState,
  reviewStateOf,
  subjectApprover,
  subjectPolicyMet,
  subjectReviewState,
  syncFlag,
} from "./queries";
export { reviewRoutes } from "./routes";
export { missing, notAllowed, ReviewStatusSchema, statusJson } from "./status";
