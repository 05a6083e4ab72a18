import { describe, expect, it } from "vitest";
import type { ProjectJson } from "../../../src/projects/shapes";
import { call, expectError, signedInUser, sql, type User } from "../helpers";
import { createProject, passPhase } from "../project-fixtures";

async function page(u: User, qs: string) {
  const r = await call(u, "GET", `/api/projects?${qs}`);
  expect(r.status).toBe(200);
  expect(r.roundTrips).toBe(1);
  return r.json as { items: ProjectJson[]; nextCursor: string | null };
}

async function all(u: User, qs: string, between?: () => Promise<void>) {
  const seen: ProjectJson[] = [];
  let cursor: string | null = null;
  do {
    const p = await page(u, `${qs}${cursor ? `&cursor=${cursor}` : ""}`);
    seen.push(...p.items);
    cursor = p.nextCursor;
    if (between) await between();
  } while (cursor);
  return seen;
}

describe("GET /api/projects (keyset pages)", () => {
  it("pages neither skip nor repeat rows while rows are inserted, for every sort and order", async () => {
    const u = await signedInUser();
    const initial: ProjectJson[] = [];
    for (let i = 0; i < 7; i++) initial.push(await createProject(u, `Paged ${String.fromCharCode(103 - i)} ${i}`));
    // Equal sort keys must not break the order: the id decides between them.
    await sql.query(
      "update projects set created_at = (select min(created_at) from projects where user_id = $1) where user_id = $1",
      [u.id],
    );
    for (const sort of ["created", "updated", "name"]) {
      for (const order of ["asc", "desc"]) {
        let n = 0;
        const seen = await all(u, `limit=2&sort=${sort}&order=${order}`, async () => {
          await createProject(u, `Inserted ${sort} ${order} ${n++}`);
        });
        const ids = seen.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of initial) expect(ids).toContain(p.id);
        // The page order is the requested order.
        const keys = seen.map((p) => (sort === "name" ? p.name : sort === "created" ? p.createdAt : p.updatedAt));
        // Every name here differs from the others first at a letter or digit of the same position, so
        // code-point order and the database's collation agree.
        const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect([sort, order, order === "asc" ? keys : [...keys].reverse()]).toEqual([sort, order, sorted]);
      }
    }
  }, 60_000);

  it("default limit 20, max 100, invalid values and foreign cursors are 400", async () => {
    const u = await signedInUser();
    for (let i = 0; i < 21; i++) await createProject(u);
    const first = await page(u, "");
    expect(first.items).toHaveLength(20);
    // Opaque to clients, but known here: base64url JSON naming the sort, the order and the page's last item.
    const cursor = JSON.parse(atob(first.nextCursor!.replaceAll("-", "+").replaceAll("_", "/"))) as object;
    expect(cursor).toEqual({
      s: "created",
      o: "desc",
      v: expect.stringMatching(/^\d{4}-\d\d-\d\d /),
      id: first.items[19]!.id,
    });
    expect((await page(u, `cursor=${first.nextCursor}`)).items).toHaveLength(1);
    expectError(await call(u, "GET", "/api/projects?limit=101"), 400, "validation_failed");
    expectError(await call(u, "GET", "/api/projects?limit=0"), 400, "validation_failed");
    expectError(await call(u, "GET", "/api/projects?sort=owner"), 400, "validation_failed");
    expectError(await call(u, "GET", "/api/projects?cursor=garbage"), 400, "invalid_cursor");
    expectError(await call(u, "GET", `/api/projects?order=asc&cursor=${first.nextCursor}`), 400, "invalid_cursor");
    expectError(await call(u, "GET", "/api/projects?phase=launch"), 400, "validation_failed");
    expectError(await call(u, "GET", "/api/projects?createdFrom=yesterday"), 400, "validation_failed");
  });

  it("only the user's projects; filter by phase and created-at range", async () => {
    const u = await signedInUser();
    const other = await signedInUser();
    await createProject(other);
    const old = await createProject(u, "Old");
    const advanced = await createProject(u, "Advanced");
    const fresh = await createProject(u, "Fresh");
    await sql.query("update projects set created_at = '2020-01-01T00:00:00Z' where id = $1", [old.id]);
    await passPhase(u, advanced.id, "analysis");
    const ids = async (qs: string) => (await page(u, qs)).items.map((p) => p.id).sort();
    expect(await ids("")).toEqual([old.id, advanced.id, fresh.id].sort());
    expect(await ids("phase=stack_selection")).toEqual([advanced.id]);
    expect(await ids("phase=analysis")).toEqual([old.id, fresh.id].sort());
    expect(await ids("createdTo=2020-06-01T00:00:00Z")).toEqual([old.id]);
    expect(await ids("createdFrom=2021-01-01T00:00:00Z&phase=analysis")).toEqual([fresh.id]);
    expectError(
      await call(u, "GET", "/api/projects?createdFrom=2021-01-01T00:00:00Z&createdTo=2020-01-01T00:00:00Z"),
      400,
      "validation_failed",
    );
  });

  it("q searches name and description case-insensitively, with % _ and \\ literal", async () => {
    const u = await signedInUser();
    const pct = await createProject(u, "Growth 100% plan");
    const under = await createProject(u, "snake_case tool");
    const slash = await createProject(u, "Back\\slash");
    const desc = await createProject(u, "Plain", { description: "Mentions ROCKETS here" });
    await createProject(u, "Growth 1000 plan");
    await createProject(u, "snakeXcase tool");
    await createProject(u, "Backslash");
    const ids = async (q: string) => (await page(u, `q=${encodeURIComponent(q)}`)).items.map((p) => p.id).sort();
    expect(await ids("100%")).toEqual([pct.id]);
    expect(await ids("e_c")).toEqual([under.id]);
    expect(await ids("k\\s")).toEqual([slash.id]);
    expect(await ids("rockets")).toEqual([desc.id]);
    expect(await ids("%")).toEqual([pct.id]);
    expect(await ids("_")).toEqual([under.id]);
    expect(await ids("GROWTH")).toHaveLength(2);
  });
});
