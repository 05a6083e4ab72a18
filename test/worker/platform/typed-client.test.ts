// The client a consumer outside this repository uses (client/: openapi-fetch over the types
// openapi-typescript generated from the document), with its bearer-token middleware: it reaches
// every operation of the document, and no signed-in operation answers 401. Its fetch goes through
// the test client, so the real app runs and every response is checked against the document.
import { describe, expect, expectTypeOf, it } from "vitest";
import { createSpecDriveClient } from "../../../client/index";
import { openApiDoc } from "../contract";
import { SAMPLES } from "../cross-cutting/samples";
import { api, signedInUser } from "../helpers";
import { createProject } from "../project-fixtures";

type Doc = {
  paths: Record<
    string,
    Record<string, { operationId: string; security: unknown[]; requestBody?: { content: Record<string, any> } }>
  >;
};

/** Operations that end the project, then the session, run last, so the others still have them. */
const LAST: Record<string, number> = { deleteProject: 1, logOut: 2 };

/** Each operation's exact status for the request sent below: `typedClient` in its feature's route-samples.ts. */
const expectedStatus = (method: string, path: string) =>
  SAMPLES.get(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`)?.typedClient;

describe("typed client (openapi-typescript + openapi-fetch, bearer middleware)", () => {
  it("types requests and responses from the document", async () => {
    const u = await signedInUser("Typed");
    const t = api();
    const client = createSpecDriveClient({
      baseUrl: "http://localhost",
      token: () => u.token,
      fetch: (r) => t.request(r),
    });
    const { data, error } = await client.POST("/api/projects", { body: { name: "Typed project" } });
    expect(error).toBeUndefined();
    expect(data?.project.name).toBe("Typed project");
    expectTypeOf(data!.project.createdAt).toEqualTypeOf<string>();
    const list = await client.GET("/api/projects", { params: { query: { limit: 1 } } });
    expect(list.data?.items).toHaveLength(1);
  });

  it("reaches every operation of the document; no signed-in one answers 401", async () => {
    const doc = (await openApiDoc()) as unknown as Doc;
    const u = await signedInUser("Everywhere");
    const project = await createProject(u);
    const t = api();
    const client = createSpecDriveClient({
      baseUrl: "http://localhost",
      token: () => u.token,
      fetch: (r) => t.request(r),
    });
    const artifact = await client.POST("/api/projects/{id}/artifacts", {
      params: { path: { id: project.id } },
      body: { phase: "analysis", name: "PRD.md", content: "# PRD" },
    });
    const artifactId = artifact.data?.artifact.id;
    expect(artifactId).toBeTypeOf("string");

    const ops = Object.entries(doc.paths)
      .flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })))
      .sort((a, b) => (LAST[a.op.operationId] ?? 0) - (LAST[b.op.operationId] ?? 0));
    expect(ops.length).toBeGreaterThanOrEqual(34);

    const seen: string[] = [];
    for (const { path, method, op } of ops) {
      // Path parameters name the user's own resources (a session id that is not theirs: 404, not 401);
      // bodies are the documented examples where there is one, else `{}` (a 400 is fine here).
      const id = path.startsWith("/api/me/sessions/") ? crypto.randomUUID() : project.id;
      const body = op.requestBody ? (op.requestBody.content["application/json"]?.schema?.example ?? {}) : undefined;
      const call = (client as unknown as Record<string, (p: string, init: object) => Promise<{ response: Response }>>)[
        method.toUpperCase()
      ];
      const { response } = await call!(path, {
        params: { path: { id, artifactId } },
        ...(body === undefined ? {} : { body }),
        parseAs: "blob", // any body: JSON, or the export's zip
      });
      seen.push(op.operationId);
      if (op.security.length > 0) expect([op.operationId, response.status]).not.toEqual([op.operationId, 401]);
      expect([op.operationId, response.status]).toEqual([op.operationId, expectedStatus(method, path)]);
    }
    expect(new Set(seen).size).toBe(ops.length);
  }, 60_000);
});
