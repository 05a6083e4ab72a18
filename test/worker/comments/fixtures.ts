// Arrangements of the comment tests: a project with one document, and members of its workspace by role.
import { expect } from "vitest";
import type { Role } from "../../../src/platform/auth/roles";
import { call, signedInUser, sql, type User } from "../helpers";
import { createProject } from "../project-fixtures";

/** A nine-line document (its last line ends with a newline): REQ-AUTH-001 defined on line 5. */
export const DOC = [
  "# Product requirements",
  "",
  "## Requirements",
  "",
  "### REQ-AUTH-001: Sign in",
  "Users sign in with an email and a password.",
  "",
  "### REQ-AUTH-002: Lockout",
  "Ten failures lock the account for 15 minutes.",
  "",
].join("\n");

/** The owner's (a new user's unless given) project with one artifact (constitution.md, DOC as its content), and the workspace. */
export async function projectWithDoc(given?: User) {
  const owner = given ?? (await signedInUser("Owner Olga"));
  const project = await createProject(owner);
  const r = await call(owner, "POST", `/api/projects/${project.id}/artifacts`, {
    phase: "analysis",
    name: "constitution.md",
    content: DOC,
  });
  expect(r.status).toBe(201);
  const [row] = (await sql`select workspace_id from projects where id = ${project.id}`) as { workspace_id: string }[];
  return { owner, project, artifactId: r.json.artifact.id as string, workspaceId: row!.workspace_id };
}

/** A new user added to the workspace with `role` (in SQL, as the members feature would). */
export async function member(workspaceId: string, role: Role, name = `Member ${role}`): Promise<User> {
  const user = await signedInUser(name);
  await sql`insert into workspace_members (workspace_id, user_id, role) values (${workspaceId}, ${user.id}, ${role})`;
  return user;
}

/** Opens a thread as `user`; expects 201. */
export async function openThread(user: User, projectId: string, body: Record<string, unknown>) {
  const r = await call(user, "POST", `/api/projects/${projectId}/threads`, body);
  expect(r.status, r.text).toBe(201);
  return r.json as { thread: { id: string; status: string }; comment: { id: string; mentions: string[] } };
}
