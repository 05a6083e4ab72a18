// Workspace roles and what each may do: the one table route authorization (defineRoute's `access`),
// the SQL that scopes statements to the caller (rolesWith) and the OpenAPI descriptions read.

/** A member's role in a workspace, most to least powerful. */
export const ROLES = ["owner", "admin", "editor", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const everyone = ROLES;
const writers = ["owner", "admin", "editor"] as const;
const managers = ["owner", "admin"] as const;

/**
 * Each permission: the roles that hold it and what it allows, in words (the API reference says
 * "Roles: owner, admin, editor" on every route that needs one). A role gets nothing not listed here.
 */
export const PERMISSIONS = {
  "project:read": { roles: everyone, allows: "read the workspace's projects, documents, runs, comments and exports" },
  "project:create": { roles: writers, allows: "create projects in the workspace" },
  "project:write": {
    roles: writers,
    allows: "change a project: edit it, upload documents, waive findings, run generation, advance phases",
  },
  "project:delete": { roles: managers, allows: "delete a project" },
  "project:approve": {
    roles: ["owner", "admin", "editor", "reviewer"],
    allows: "approve or withdraw an approval at a gate (the review policy may narrow who counts)",
  },
  "comment:write": {
    roles: ["owner", "admin", "editor", "reviewer"],
    allows: "open comment threads, reply, resolve and reopen",
  },
  "project:connect": {
    roles: managers,
    allows: "connect or disconnect the project's GitHub repository and see its webhook secret",
  },
  "workspace:manage": { roles: managers, allows: "rename the workspace, set review policies, manage webhooks" },
  "members:manage": { roles: managers, allows: "invite, remove and re-role members (only an owner grants owner)" },
  "audit:read": { roles: managers, allows: "read and export the audit log" },
  "workspace:delete": { roles: ["owner"], allows: "delete the workspace" },
  "project:move": {
    roles: ["owner"],
    allows: "move a project to another workspace (the caller must be an owner of both)",
  },
} as const satisfies Record<string, { roles: readonly Role[]; allows: string }>;
export type Permission = keyof typeof PERMISSIONS;

/** The roles holding `permission`. */
export function rolesWith(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission].roles;
}

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

/** "Roles: owner, admin, editor." for a route's description. */
export function rolesSentence(permission: Permission): string {
  return `Roles: ${rolesWith(permission).join(", ")} (${PERMISSIONS[permission].allows}).`;
}

/** Every permission at least one of `roles` holds (a user's across their workspaces). */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roles.some((r) => can(r, p)));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
