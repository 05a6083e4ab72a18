// The benchmark's workload: what one virtual user does, as a sequence of API calls. Shared by the
// load run against the real worker (bench/api.ts) and the CPU run in Node (bench/cpu.ts), so both
// measure the same requests. Every call is labelled with its route pattern (the table's rows).

import { readdirSync, readFileSync } from "node:fs";

export interface Reply {
  status: number;
  // Response bodies are read field by field by the journey.
  json: any;
}

export type Send = (
  label: string,
  method: string,
  path: string,
  opts?: { body?: unknown; token?: string },
) => Promise<Reply>;

export const PASSWORD = "bench horse battery staple";

const SPEC_SET = new URL("../test/fixtures/spec-set/", import.meta.url);

/** A phase's documents of the spec engine's passing fixture set (test/fixtures/spec-set). */
export function phaseDocs(phase: string) {
  const dir = new URL(`${phase}/`, SPEC_SET);
  return readdirSync(dir).map((name) => ({ phase, name, content: readFileSync(new URL(name, dir), "utf8") }));
}

/** Endpoints whose cost is dominated by password hashing (scrypt), reported apart. */
export const HASHING = new Set(["POST /api/auth/signup", "POST /api/auth/login"]);

const DOC = `# Product requirements\n\n${"The system shall do what the user needs. ".repeat(50)}\n`;

function ok(r: Reply, label: string, ...statuses: number[]): void {
  if (!statuses.includes(r.status)) {
    throw new Error(`${label}: HTTP ${r.status} ${JSON.stringify(r.json)?.slice(0, 300)}`);
  }
}

/** Sign up, then log in: the two password-hashing requests. Returns the session token. */
export async function signIn(send: Send, email: string): Promise<string> {
  let r = await send("POST /api/auth/signup", "POST", "/api/auth/signup", {
    body: { email, password: PASSWORD, name: "Bench User" },
  });
  ok(r, "signup", 201);
  r = await send("POST /api/auth/login", "POST", "/api/auth/login", { body: { email, password: PASSWORD } });
  ok(r, "login", 200);
  return r.json.session.token;
}

/**
 * The everyday mix, for a signed-in user: `rounds` rounds of reading the profile, listing and
 * getting projects, posting and listing artifacts, merging orchestration state, creating projects
 * and exporting, with the phases advanced once (analysis -> stack_selection -> approve -> spec).
 * Stops early at `deadline` (performance.now()).
 */
export async function everydayMix(send: Send, token: string, opts: { rounds: number; deadline: number }) {
  const { rounds, deadline } = opts;
  let r: Reply;
  const as = (label: string, method: string, path: string, body?: unknown) =>
    send(label, method, path, { body, token });

  ok(await as("GET /api/me", "GET", "/api/me"), "me", 200);
  r = await as("POST /api/projects", "POST", "/api/projects", { name: "Bench project", idea: "A benchmark" });
  ok(r, "create project", 201);
  const project: { id: string; slug: string } = r.json.project;
  let artifactId: string | undefined;

  for (let round = 0; round < rounds && performance.now() < deadline; round++) {
    ok(await as("GET /api/me", "GET", "/api/me"), "me", 200);
    ok(await as("GET /api/projects", "GET", "/api/projects?limit=20"), "list", 200);
    ok(await as("GET /api/projects/:id", "GET", `/api/projects/${project.slug}`), "get", 200);
    r = await as("POST /api/projects/:id/artifacts", "POST", `/api/projects/${project.id}/artifacts`, {
      phase: "analysis",
      name: `doc-${round % 3}.md`,
      // The frontmatter is the content's YAML block (a `frontmatter` field must equal it).
      content: `---\nround: ${round}\n---\n${DOC}\nRevision ${round}\n`,
    });
    ok(r, "post artifact", 201, 200);
    artifactId ??= r.json.artifact.id;
    ok(await as("GET /api/projects/:id/artifacts", "GET", `/api/projects/${project.id}/artifacts`), "artifacts", 200);
    if (artifactId) {
      const path = `/api/projects/${project.id}/artifacts/${artifactId}`;
      ok(await as("GET /api/projects/:id/artifacts/:artifactId", "GET", path), "artifact", 200);
    }
    r = await as("PATCH /api/projects/:id/orchestration", "PATCH", `/api/projects/${project.id}/orchestration`, {
      step: round,
      agent: round % 2 ? "planner" : "writer",
    });
    ok(r, "orchestration", 200);
    if (round === 0) {
      const base = `/api/projects/${project.id}`;
      const advance = (expectedPhase: string) =>
        as("POST /api/projects/:id/phases/advance", "POST", `${base}/phases/advance`, { expectedPhase });
      // The gates need each phase's passing documents: the spec engine's fixture set.
      const upload = (phase: string) =>
        as("POST /api/projects/:id/artifacts/batch", "POST", `${base}/artifacts/batch`, {
          artifacts: phaseDocs(phase),
        });
      ok(await upload("analysis"), "upload documents", 201);
      ok(await advance("analysis"), "advance", 200);
      // The approved stack is one of the scorecard's options, so the scorecard is uploaded first.
      ok(await upload("stack_selection"), "upload documents", 201);
      ok(
        await as("POST /api/projects/:id/stack/approve", "POST", `${base}/stack/approve`, {
          stackChoice: "nextjs_neon_drizzle_betterauth",
        }),
        "approve",
        200,
      );
      ok(await advance("stack_selection"), "advance", 200);
    }
    if (round % 2 === 1) {
      r = await as("POST /api/projects", "POST", "/api/projects", { name: `Bench project ${round}` });
      ok(r, "create project", 201);
      ok(await as("GET /api/projects/:id/export", "GET", `/api/projects/${project.id}/export`), "export", 200);
    }
  }
}

/** signIn, then everydayMix. */
export async function userJourney(send: Send, opts: { email: string; rounds: number; deadline: number }) {
  await everydayMix(send, await signIn(send, opts.email), opts);
}
