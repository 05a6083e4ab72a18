// Diffs between two stored versions of an artifact: served by the teams worker (src/app.ts mountRest), so the
// diff library stays out of the front's bundle.
import { z } from "@hono/zod-openapi";
import { authed } from "../platform/auth/session";
import { notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { unifiedDiff } from "../platform/lib/unified-diff";
import { onProject, PhaseSchema } from "../projects";
import { artifactVersions } from "./queries";
import { ArtifactParams } from "./routes";

const VersionNumber = z.coerce.number().int().min(1).max(1_000_000);

export const DiffQuery = z
  .object({
    from: VersionNumber.openapi({ example: 1 }),
    to: VersionNumber.openapi({ example: 2 }),
  })
  .refine((q) => q.from !== q.to, { message: "from and to must be different versions", path: ["to"] });

export const DiffSchema = z
  .object({
    phase: PhaseSchema,
    name: z.string(),
    from: z.string().openapi({ description: "The old side: `v<number>`, or `current` / `proposed`", example: "v1" }),
    to: z.string().openapi({ example: "v2" }),
    diff: z.string().openapi({
      description:
        "Unified diff (`---`/`+++` headers labelled with the sides, then the hunks); headers only when equal",
      example: "--- spec/PRD.md\tv1\n+++ spec/PRD.md\tv2\n@@ -1,2 +1,2 @@\n # PRD\n-One\n+Two\n",
    }),
    minimal: z.boolean().openapi({
      description:
        "False when the texts were too far apart (or too long) to search: the diff then replaces every line (docs/change-requests.md)",
    }),
  })
  .openapi("UnifiedDiff");

const diffRouteDef = defineRoute({
  operationId: "diffArtifactVersions",
  tags: ["artifacts"],
  summary: "Unified diff between two stored versions of an artifact",
  description:
    "Compares versions `from` and `to` of the artifact's phase and name, line by line (docs/change-requests.md, Diffs). Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/artifacts/{artifactId}/diff",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: ArtifactParams, query: DiffQuery },
  responses: { 200: jsonResponse("The diff", z.object({ diff: DiffSchema })) },
  errors: ["not_found"],
});

/** Both versions in one statement; a missing one is named in the 404. */
const diffArtifactVersions: Handler<typeof diffRouteDef> = async (c) => {
  const { id, artifactId } = c.req.valid("param");
  const { from, to } = c.req.valid("query");
  const { results } = await authed(c, ({ userId }) => ({
    versions: artifactVersions(c.var.db, userId, id, artifactId, [from, to]),
  }));
  const old = results.versions.find((v) => v.version === from);
  const now = results.versions.find((v) => v.version === to);
  if (!old) throw notFound(`artifact version ${from}`);
  if (!now) throw notFound(`artifact version ${to}`);
  const name = `${old.phase}/${old.artifactName}`;
  const d = unifiedDiff({ name, label: `v${from}`, text: old.content }, { name, label: `v${to}`, text: now.content });
  return c.json({ diff: { phase: old.phase, name: old.artifactName, from: `v${from}`, to: `v${to}`, ...d } }, 200);
};

export const artifactDiffRoutes = router().openapi(diffRouteDef, diffArtifactVersions);
