// GET /api/projects/:id/export: the project as a zip, streamed. One round trip reads the
// project, its history and the latest version of every artifact (with content); the archive is
// then produced file by file as the client pulls (fflate's streaming Zip).
import { sql } from "drizzle-orm";
import { Zip, ZipDeflate } from "fflate";
import { authed } from "../auth/session";
import { PHASES } from "../db/schema";
import { router } from "../http/openapi";
import { defineRoute } from "../http/route";
import {
  artifactMetaColumns,
  ownProject,
  ProjectParams,
  projectColumns,
  projectNotFound,
  rowsOf,
  toArtifactMeta,
  toProject,
} from "./project-common";

const exportRoute = defineRoute({
  operationId: "exportProject",
  tags: ["export"],
  summary: "Download the project as a zip: project.json plus every latest artifact under <phase>/<name>",
  method: "get",
  path: "/api/projects/{id}/export",
  auth: { scopes: ["projects:read"] },
  request: { params: ProjectParams },
  responses: {
    200: {
      description: "A zip archive",
      content: { "application/zip": { schema: { type: "string", format: "binary" } } },
    },
  },
  errors: ["not_found"],
  headers: ["Content-Disposition"],
});

interface Entry {
  path: string;
  data: Uint8Array;
}

/** A ReadableStream of the zip of `entries`: one entry compressed per pull. */
export function zipStream(entries: Entry[]): ReadableStream<Uint8Array> {
  let zip: Zip;
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((err, chunk, final) => {
        if (err) return controller.error(err);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    pull() {
      const e = entries[next++];
      if (!e) return zip.end();
      const file = new ZipDeflate(e.path, { level: 6 });
      zip.add(file);
      file.push(e.data, true);
    },
  });
}

export const exportRoutes = router().openapi(exportRoute, async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => [
    c.var.db.execute(sql`select ${projectColumns} from projects p where ${ownProject(id, userId)}`),
    c.var.db.execute(sql`
      select h.from_phase as "fromPhase", h.to_phase as "toPhase", h.artifacts_generated as "artifactsGenerated",
             h.validation_passed as "validationPassed", h.tokens_used as "tokensUsed",
             h.cost_estimate_usd::text as "costEstimateUsd", h.transitioned_by as "transitionedBy",
             h.transitioned_at as "transitionedAt"
      from phase_history h join projects p on p.id = h.project_id
      where ${ownProject(id, userId)} order by h.transitioned_at, h.id`),
    c.var.db.execute(sql`
      select distinct on (a.phase, a.artifact_name) ${artifactMetaColumns}, a.content
      from project_artifacts a join projects p on p.id = a.project_id
      where ${ownProject(id, userId)} order by a.phase, a.artifact_name, a.version desc`),
  ]);
  const row = rowsOf(results[0])[0];
  if (!row) throw projectNotFound();
  const project = toProject(row);
  const artifacts = rowsOf(results[2])
    .map((r) => ({ meta: toArtifactMeta(r), content: r.content as string }))
    .sort(
      (x, y) => PHASES.indexOf(x.meta.phase) - PHASES.indexOf(y.meta.phase) || (x.meta.name < y.meta.name ? -1 : 1),
    );
  const history = rowsOf(results[1]).map((h) => ({
    ...h,
    transitionedAt: new Date(h.transitionedAt as string).toISOString(),
    artifactsGenerated:
      typeof h.artifactsGenerated === "string" ? JSON.parse(h.artifactsGenerated) : h.artifactsGenerated,
  }));
  const enc = new TextEncoder();
  const manifest = {
    exportedAt: new Date().toISOString(),
    project,
    history,
    artifacts: artifacts.map((a) => ({ ...a.meta, path: `${a.meta.phase}/${a.meta.name}` })),
  };
  const entries: Entry[] = [
    { path: "project.json", data: enc.encode(JSON.stringify(manifest, null, 2)) },
    ...artifacts.map((a) => ({ path: `${a.meta.phase}/${a.meta.name}`, data: enc.encode(a.content) })),
  ];
  // c.body, not a bare Response: the headers set on the context (X-Request-Id, ...) go out too.
  return c.body(zipStream(entries), 200, {
    "content-type": "application/zip",
    "content-disposition": `attachment; filename="${project.slug}.zip"`,
    "cache-control": "no-store",
  });
});
