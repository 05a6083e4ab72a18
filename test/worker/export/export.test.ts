import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { planPages } from "../../../src/export/routes";
import { sha256Hex } from "../../../src/platform/lib/hash";
import { fixture } from "../../shared/spec-fixtures";
import { apiKeyFor } from "../api-key-fixtures";
import { LIMIT, WINDOW_SECONDS } from "../documented-limits";
import {
  api,
  call,
  errorOf,
  expectError,
  jsonInit,
  shownLimits,
  signedInUser,
  sql,
  type User,
  uniqueIp,
} from "../helpers";
import { createProject } from "../project-fixtures";

const MiB = 1024 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("GET /api/projects/:id/export", () => {
  it("streams a zip: project.json (project, history, artifact metadata) and every latest artifact; 1 + 1 round trips", async () => {
    const u = await signedInUser();
    const p = await createProject(u, "Exported", { description: "desc" });
    const post = (phase: string, name: string, content: string) =>
      call(u, "POST", `/api/projects/${p.id}/artifacts`, { phase, name, content });
    // Passing documents (the fixture set, with a non-ASCII mark) so the advance's gate lets analysis go.
    const constitution = `${fixture("analysis", "constitution.md")}\nSigned ✓\n`;
    await post("analysis", "constitution.md", "old");
    await post("analysis", "constitution.md", constitution);
    await post("analysis", "personas.md", fixture("analysis", "personas.md"));
    await post("analysis", "project-brief.md", fixture("analysis", "project-brief.md"));
    await post("stack_selection", "stack-scorecard.json", '{"score":9}');
    const advanced = await call(u, "POST", `/api/projects/${p.id}/phases/advance`, {
      expectedPhase: "analysis",
      tokensUsed: 10,
    });
    expect(advanced.status).toBe(200);

    const t = api();
    const res = await t.request(`/api/projects/${p.slug}/export`, jsonInit("GET", undefined, u.auth));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="exported.zip"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A zip: it opens with a local file header ("PK\x03\x04"), and fflate reads every entry back.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(bytes);
    // 1 (session, project, history, artifact sizes) + ceil(content bytes / 8 MiB) = 1 + 1.
    expect(await t.roundTrips()).toBe(2);

    expect(Object.keys(files).sort()).toEqual([
      "CHANGELOG.md",
      "HANDOFF.md",
      "LLM_CONTEXT.md",
      "analysis/constitution.md",
      "analysis/personas.md",
      "analysis/project-brief.md",
      "project.json",
      "stack_selection/stack-scorecard.json",
      "traceability.json",
    ]);
    expect(strFromU8(files["analysis/constitution.md"]!)).toBe(constitution);
    expect(strFromU8(files["analysis/personas.md"]!)).toBe(fixture("analysis", "personas.md"));
    // The handoff files: every document in LLM_CONTEXT.md, each listed in HANDOFF.md.
    expect(strFromU8(files["LLM_CONTEXT.md"]!)).toContain(constitution);
    expect(strFromU8(files["HANDOFF.md"]!)).toContain("stack-scorecard.json");
    expect(strFromU8(files["stack_selection/stack-scorecard.json"]!)).toBe('{"score":9}');
    const manifest = JSON.parse(strFromU8(files["project.json"]!));
    expect(manifest.project).toMatchObject({
      id: p.id,
      slug: "exported",
      description: "desc",
      currentPhase: "stack_selection",
    });
    expect(manifest.history).toHaveLength(1);
    expect(manifest.history[0]).toMatchObject({
      fromPhase: "analysis",
      toPhase: "stack_selection",
      tokensUsed: 10,
      transitionedBy: u.id,
    });
    expect(manifest.artifacts.map((a: { path: string; version: number }) => [a.path, a.version])).toEqual([
      ["analysis/constitution.md", 2],
      ["analysis/personas.md", 1],
      ["analysis/project-brief.md", 1],
      ["stack_selection/stack-scorecard.json", 1],
    ]);
    expect(manifest.artifacts.every((a: object) => !("content" in a))).toBe(true);
  });

  it("an empty project exports project.json and the (empty) handoff files; unknown or foreign project is 404", async () => {
    const u = await signedInUser();
    const b = await signedInUser();
    const p = await createProject(u);
    const res = await api().request(`/api/projects/${p.id}/export`, jsonInit("GET", undefined, u.auth));
    expect(Object.keys(unzipSync(new Uint8Array(await res.arrayBuffer())))).toEqual([
      "project.json",
      "HANDOFF.md",
      "CHANGELOG.md",
      "LLM_CONTEXT.md",
      "traceability.json",
    ]);
    expectError(await call(b, "GET", `/api/projects/${p.id}/export`), 404, "not_found");
    expectError(await call(u, "GET", `/api/projects/${crypto.randomUUID()}/export`), 404, "not_found");
  });

  it("an empty project reads no content: one round trip", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const t = api();
    const res = await t.request(`/api/projects/${p.id}/export`, jsonInit("GET", undefined, u.auth));
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(await t.roundTrips()).toBe(1);
  });

  it("a project whose artifacts add up to more than 4x Neon's response limit: 200, a valid zip streamed as the pages are read, every file byte-identical, 1 + ceil(bytes / page) round trips", async () => {
    // Neon's limit made small for this client's key (the local endpoint answers 507 above it, as Neon
    // does), and the export's page size below it; the default is 64 MB and 8 MiB.
    const LIMIT = 1 * MiB;
    const PAGE = 512 * 1024;
    const u = await signedInUser();
    const p = await createProject(u, "Large export");
    // Contents with 1- to 4-byte characters, quotes, backslashes and newlines, so that page cuts fall
    // inside multi-byte characters and the JSON carrying them is escaped.
    const alphabet = ["a", "b", " ", "\n", '"', "\\", "\t", "é", "€", "漢", "😀", "#"];
    const sizes = alphabet.map((ch) => utf8(ch).length);
    const contents: string[] = [];
    let seed = 7;
    for (let i = 0; i < 10; i++) {
      const parts: string[] = [];
      let bytes = 0;
      const target = 440_000 + i * 1_013;
      while (bytes < target) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        parts.push(alphabet[seed % alphabet.length] as string);
        bytes += sizes[seed % alphabet.length] as number;
      }
      contents.push(parts.join(""));
    }
    for (const [i, content] of contents.entries()) {
      const hash = await sha256Hex(content);
      await sql.query(
        `insert into project_artifacts (project_id, phase, artifact_name, version, content, file_size, content_hash)
         values ($1, 'analysis', $2, 1, $3, $4, $5)`,
        [p.id, `part-${String(i).padStart(2, "0")}.md`, content, utf8(content).length, hash],
      );
    }
    const total = contents.reduce((n, c) => n + utf8(c).length, 0);
    expect(total).toBeGreaterThan(4 * LIMIT);

    const t = api({ EXPORT_PAGE_BYTES: String(PAGE) });
    await t.limits({ maxResponseBytes: LIMIT });
    const res = await t.request(`/api/projects/${p.id}/export`, jsonInit("GET", undefined, u.auth));
    expect(res.status).toBe(200);
    // Streamed: the first bytes arrive before the pages are read (one round trip each), and the body
    // comes in many chunks (a buffered export would answer once every page had been read).
    const pages = Math.ceil(total / PAGE);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const chunks: Uint8Array[] = [];
    let tripsAtFirstChunk = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      if (chunks.length === 0) tripsAtFirstChunk = await t.roundTrips();
      chunks.push(r.value);
    }
    expect(tripsAtFirstChunk).toBeLessThanOrEqual(2);
    expect(chunks.length).toBeGreaterThan(pages);
    const zipped = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      zipped.set(c, at);
      at += c.length;
    }
    expect([...zipped.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(zipped);
    expect(Object.keys(files).sort()).toEqual([
      "CHANGELOG.md",
      "HANDOFF.md",
      "LLM_CONTEXT.md",
      ...contents.map((_, i) => `analysis/part-${String(i).padStart(2, "0")}.md`),
      "project.json",
      "traceability.json",
    ]);
    for (const [i, content] of contents.entries()) {
      const file = files[`analysis/part-${String(i).padStart(2, "0")}.md`] as Uint8Array;
      // Byte-identical: same length, and decoding (which would turn any broken sequence into U+FFFD,
      // absent from the originals) gives the same text. Compared as strings: a deep equal of 10 typed
      // arrays of 440 kB takes the test runner tens of seconds.
      expect(file.length).toBe(utf8(content).length);
      expect(strFromU8(file) === content, `part-${i} differs`).toBe(true);
    }
    expect(await t.roundTrips()).toBe(1 + pages);
  }, 60_000);

  it("pages cut the contents as one byte stream, in order (files may span pages)", () => {
    expect(planPages([{ bytes: 5 }, { bytes: 0 }, { bytes: 7 }, { bytes: 4 }], 4)).toEqual([
      [{ file: 0, start: 0, end: 4 }],
      [
        { file: 0, start: 4, end: 5 },
        { file: 2, start: 0, end: 3 },
      ],
      [{ file: 2, start: 3, end: 7 }],
      [{ file: 3, start: 0, end: 4 }],
    ]);
    expect(planPages([{ bytes: 0 }], 4)).toEqual([]);
  });
});

describe("export limits: per user and per network, sessions and keys alike", () => {
  const exportOf = (auth: Record<string, string>, projectId: string, ip: string) =>
    api().request(`/api/projects/${projectId}/export`, { headers: { ...auth, "cf-connecting-ip": ip } });

  it(`${LIMIT.exportByUser} exports per user in a window (a session and a key of the same user count together, from any network); then 429 before any content is read`, async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const key = await apiKeyFor(u.id);
    const seen: number[] = [];
    for (let i = 0; i < LIMIT.exportByUser; i++) {
      const res = await exportOf(i % 2 ? key.auth : u.auth, p.id, uniqueIp());
      seen.push(res.status);
      await res.arrayBuffer();
      // A key's answer lists the per-key limit too (counted by the credential check, before the export's).
      const limits = shownLimits(res).map((l) => [l.policy, l.q, l.r]);
      if (i === 0)
        expect(limits).toEqual([
          ["export-user", LIMIT.exportByUser, LIMIT.exportByUser - 1],
          ["export-ip", LIMIT.exportByIp, LIMIT.exportByIp - 1],
        ]);
      if (i === 1) expect(limits.map(([policy]) => policy)).toEqual(["export-user", "export-ip", "api-key"]);
    }
    expect(seen).toEqual(Array(LIMIT.exportByUser).fill(200));
    for (const auth of [u.auth, key.auth]) {
      const t = api();
      const refused = await t.request(`/api/projects/${p.id}/export`, { headers: auth });
      expect(refused.status).toBe(429);
      expect((await errorOf(refused)).code).toBe("rate_limited");
      const retry = Number(refused.headers.get("retry-after"));
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(WINDOW_SECONDS);
      expect(shownLimits(refused)).toEqual([
        { policy: "export-user", q: LIMIT.exportByUser, w: WINDOW_SECONDS, r: 0, t: retry },
      ]);
      expect(await t.roundTrips()).toBe(1);
    }
    // Another user is not affected.
    const other = await signedInUser();
    const mine = await createProject(other);
    expect((await exportOf(other.auth, mine.id, uniqueIp())).status).toBe(200);
  });

  it(`${LIMIT.exportByIp} exports per network in a window, whoever asks; other networks unaffected; a bad credential counts nothing`, async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 3; i++) {
      const bad = await exportOf({ authorization: `Bearer ${"x".repeat(40)}` }, crypto.randomUUID(), ip);
      expect(bad.status).toBe(401);
    }
    const users = await Promise.all(
      Array.from({ length: Math.ceil(LIMIT.exportByIp / LIMIT.exportByUser) + 1 }, () => signedInUser()),
    );
    const projects = await Promise.all(users.map((u) => createProject(u)));
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT.exportByIp; i++) {
      const n = Math.floor(i / LIMIT.exportByUser);
      const res = await exportOf((users[n] as User).auth, (projects[n] as { id: string }).id, ip);
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses).toEqual(Array(LIMIT.exportByIp).fill(200));
    const last = users.length - 1;
    const fresh = { user: users[last] as User, project: projects[last] as { id: string } };
    const refused = await exportOf(fresh.user.auth, fresh.project.id, ip);
    expect(refused.status).toBe(429);
    expect((await errorOf(refused)).code).toBe("rate_limited");
    const elsewhere = await exportOf(fresh.user.auth, fresh.project.id, uniqueIp());
    expect(elsewhere.status).toBe(200);
    await elsewhere.arrayBuffer();
  });
});

describe("an export whose credential is revoked mid-stream stops at its next page (checked in the page's own statements)", () => {
  const PAGE = 64 * 1024;

  async function largeProject(u: User) {
    const p = await createProject(u);
    for (let i = 0; i < 6; i++) {
      const content = `# Part ${i}\n${"lorem ipsum dolor sit amet ".repeat(5_000)}`;
      await sql.query(
        `insert into project_artifacts (project_id, phase, artifact_name, version, content, file_size, content_hash)
         values ($1, 'analysis', $2, 1, $3, $4, repeat('0', 64))`,
        [p.id, `part-${i}.md`, content, utf8(content).length],
      );
    }
    return p;
  }

  /** Reads the first chunk, runs `revoke`, then reads on: the error the stream ends with, if any. */
  async function exportRevokedAfterFirstChunk(
    auth: Record<string, string>,
    projectId: string,
    revoke: () => Promise<unknown>,
  ) {
    const t = api({ EXPORT_PAGE_BYTES: String(PAGE) });
    const res = await t.request(`/api/projects/${projectId}/export`, { headers: auth });
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await revoke();
    let failure: unknown;
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) {}
    } catch (err) {
      failure = err;
    }
    return { failure, roundTrips: await t.roundTrips() };
  }

  it("a session signed out mid-export: the stream errors instead of sending the rest", async () => {
    const u = await signedInUser();
    const p = await largeProject(u);
    const { failure, roundTrips } = await exportRevokedAfterFirstChunk(u.auth, p.id, () =>
      sql.query("delete from auth_sessions where user_id = $1", [u.id]),
    );
    expect(String(failure)).toMatch(/credential was revoked or expired mid-export/);
    // 6 × ~135 KB of content is more than 12 pages: the stream stopped long before the end.
    expect(roundTrips).toBeLessThan(6);
  });

  it("an API key revoked mid-export: the stream errors; the same export without revocation completes", async () => {
    const u = await signedInUser();
    const p = await largeProject(u);
    const key = await apiKeyFor(u.id);
    const { failure } = await exportRevokedAfterFirstChunk(key.auth, p.id, () =>
      sql.query("delete from api_keys where id = $1", [key.id]),
    );
    expect(String(failure)).toMatch(/credential was revoked or expired mid-export/);
    const kept = await apiKeyFor(u.id);
    const whole = await exportRevokedAfterFirstChunk(kept.auth, p.id, async () => undefined);
    expect(whole.failure).toBeUndefined();
    expect(whole.roundTrips).toBeGreaterThan(12);
  });
});
