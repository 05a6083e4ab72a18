// Rows written straight into the database for tests that drive a job or a store function rather than the API:
// a user, their workspace (the user its owner) and a project in it.
import type { Db } from "../../src/platform/db/client.ts";
import { projects, users, workspaceMembers, workspaces } from "../../src/platform/db/schema.ts";

export async function projectRows(db: Db, prefix: string, project: { name: string; idea?: string }) {
  const tag = crypto.randomUUID().slice(0, 8);
  const [user] = await db
    .insert(users)
    .values({ email: `${prefix}-${tag}@example.test`, passwordHash: "x", name: prefix })
    .returning();
  const [ws] = await db
    .insert(workspaces)
    .values({ name: `${prefix} ${tag}`, createdBy: user!.id })
    .returning();
  await db.insert(workspaceMembers).values({ workspaceId: ws!.id, userId: user!.id, role: "owner" });
  const [row] = await db
    .insert(projects)
    .values({ userId: user!.id, workspaceId: ws!.id, slug: `${prefix}-${tag}`, ...project })
    .returning();
  return { tag, user: user!, workspace: ws!, project: row! };
}
