// Workspaces: who may see and change which projects. A workspace's members each have a role
// (src/platform/auth/roles.ts); every user has a personal workspace, created with the user.
// Routes: /api/workspaces (workspaces, members, invitations) and /api/invitations/accept.
// Invariants: a statement on a workspace's data carries memberMay (src/platform/auth/membership.ts)
// with the permission it needs.

export { deleteSoleWorkspaces, strandedWorkspaces } from "./queries";
export { workspaceRoutes } from "./routes";
