// Comments: threads on a document version of a project (optionally a requirement id or a line range),
// replies, author-only edits and soft deletes, resolve/reopen; @mentions of workspace members, mailed
// through notify() (src/notifications) to those who did not opt out; comment.created and comment.resolved
// webhook events.
// Invariants: every statement is scoped by the caller's role on the project (project:read to read,
// comment:write to write); a comment's mentions are members of the project's workspace (at most
// MAX_MENTIONS); bounds: BODY_MAX characters, MAX_COMMENTS_PER_THREAD, MAX_OPEN_THREADS; one round trip per route.

export { parseMentions } from "./mentions";
export { MAX_COMMENTS_PER_THREAD, MAX_MENTIONS, MAX_OPEN_THREADS } from "./queries";
export { BODY_MAX, commentRoutes } from "./routes";
