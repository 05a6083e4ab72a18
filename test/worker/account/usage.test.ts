// GET /api/me/usage: the account's quota use against its limits, measured as the quotas measure it.
import { describe, expect, it } from "vitest";
import { apiKeyFor } from "../api-key-fixtures";
import { api, call, jsonInit, signedInUser, sql, type User } from "../helpers";
import { createProject } from "../project-fixtures";
import { withRun } from "../route-fixtures";

interface Use {
  used: number;
  limit: number;
}
interface Usage {
  projects: Use;
  byProject: { id: string; slug: string; name: string; artifacts: Use; bytes: Use }[];
  generationTokens: Use & { month: string; reserved: number };
}

async function usageOf(user: Pick<User, "auth">, overrides: Record<string, string> = {}) {
  const t = api(overrides);
  const res = await t.request("/api/me/usage", { headers: user.auth });
  expect(res.status, await res.clone().text()).toBe(200);
  return { usage: ((await res.json()) as { usage: Usage }).usage, roundTrips: await t.roundTrips() };
}

const thisMonth = () => `${new Date().toISOString().slice(0, 7)}-01`;

describe("GET /api/me/usage", () => {
  it("a new account: nothing used, the configured limits, in one round trip", async () => {
    const user = await signedInUser();
    const { usage, roundTrips } = await usageOf(user);
    expect(usage).toEqual({
      projects: { used: 0, limit: 200 },
      byProject: [],
      generationTokens: { month: thisMonth(), used: 0, reserved: 0, limit: 10_000_000 },
    });
    expect(roundTrips).toBe(1);
  });

  it("the limits are the bindings' (docs/quotas.md)", async () => {
    const user = await signedInUser();
    await createProject(user);
    const { usage } = await usageOf(user, {
      QUOTA_PROJECTS_PER_USER: "7",
      QUOTA_ARTIFACTS_PER_PROJECT: "9",
      QUOTA_BYTES_PER_PROJECT: "4096",
      GENERATION_MONTHLY_TOKENS: "50000",
    });
    expect(usage.projects).toEqual({ used: 1, limit: 7 });
    expect(usage.byProject.map((p) => [p.artifacts.limit, p.bytes.limit])).toEqual([[9, 4096]]);
    expect(usage.generationTokens.limit).toBe(50000);
  });

  it("per project, oldest first: distinct artifacts, and the bytes of every version as the byte quota counts them", async () => {
    const user = await signedInUser();
    const first = await createProject(user, `First ${crypto.randomUUID()}`);
    const second = await createProject(user, `Second ${crypto.randomUUID()}`);
    const post = (content: string, name = "notes.md") =>
      call(user, "POST", `/api/projects/${first.id}/artifacts`, { phase: "analysis", name, content });
    expect((await post("# One")).status).toBe(201);
    expect((await post("# One, revised: ünïcödé")).status).toBe(201);
    expect((await post("---\nowner: ada\n---\n# Two", "other.md")).status).toBe(201);
    const { usage } = await usageOf(user);
    expect(usage.projects.used).toBe(2);
    expect(usage.byProject.map((p) => [p.id, p.slug, p.name, p.artifacts.used])).toEqual([
      [first.id, first.slug, first.name, 2],
      [second.id, second.slug, second.name, 0],
    ]);
    expect(usage.byProject[1]?.bytes.used).toBe(0);
    // The byte quota's own count, from its refusal: a limit one byte below what is held plus one more.
    const held = usage.byProject[0]?.bytes.used as number;
    expect(held).toBeGreaterThan(new TextEncoder().encode("# One# One, revised: ünïcödé# Two").byteLength);
    const refused = await api({ QUOTA_BYTES_PER_PROJECT: String(held) }).request(
      `/api/projects/${first.id}/artifacts`,
      jsonInit("POST", { phase: "analysis", name: "x.md", content: "x" }, user.auth),
    );
    expect(refused.status).toBe(403);
    const issue = ((await refused.json()) as { error: { issues: { path: string; message: string }[] } }).error
      .issues[0];
    expect(issue?.path).toBe("bytes");
    expect(issue?.message).toMatch(new RegExp(`^${held} of ${held} bytes per project used`));
  });

  it("generation tokens: spent this month (earlier months not), and reserved by active runs", async () => {
    const { user, runId } = await withRun();
    await sql`insert into token_usage (user_id, month, tokens) values
      (${user.id}, date_trunc('month', now(), 'UTC')::date, 1234),
      (${user.id}, (date_trunc('month', now(), 'UTC') - interval '1 month')::date, 99999)
      on conflict (user_id, month) do update set tokens = excluded.tokens`;
    const [run] = (await sql`select token_budget - tokens_in - tokens_out as rest from generation_runs
      where id = ${runId}`) as { rest: number }[];
    const { usage } = await usageOf(user);
    expect(usage.generationTokens).toEqual({
      month: thisMonth(),
      used: 1234,
      reserved: Number(run?.rest),
      limit: 10_000_000,
    });
    expect(usage.generationTokens.reserved).toBeGreaterThan(0);
  });

  it("an API key with projects:read reads it, only its own account's projects", async () => {
    const user = await signedInUser();
    const mine = await createProject(user);
    await createProject(await signedInUser());
    const key = await apiKeyFor(user.id, ["projects:read"]);
    const { usage, roundTrips } = await usageOf(key);
    expect(usage.byProject.map((p) => p.id)).toEqual([mine.id]);
    expect(roundTrips).toBe(1);
  });
});
