// /api/projects/:id/change-requests/:crId/documents: documents proposed under a change request by hand (PUT, one
// per phase and name), listed with their validation over the post-merge set, read, diffed against the document's
// current version, withdrawn. One `authed` batch per request.
import { z } from "@hono/zod-openapi";
import { ARTIFACT_BODY_MAX, ArtifactName, DiffSchema, prepareArtifact } from "../artifacts";
import { authed } from "../platform/auth/session";
import { ApiError, notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { unifiedDiff } from "../platform/lib/unified-diff";
import { jsonObject, onProject, PhaseSchema, ProjectParams, ValidationFindingSchema } from "../projects";
import { FRONTMATTER_MAX } from "../spec-engine/markdown";
import {
  changeRequestOf,
  deleteProposal,
  findProposal,
  listProposals,
  PROPOSALS_MAX,
  PROPOSING,
  postMergeFacts,
  proposalRefusal,
  putProposal,
} from "./proposal-queries";
import { type MergedFacts, ProposalSchema, postMergeFindings, proposalJson } from "./proposals";

const CrParams = ProjectParams.extend({
  crId: z.uuid().openapi({ param: { name: "crId", in: "path" }, description: "The change request's id" }),
});
const DocumentParams = CrParams.extend({
  phase: PhaseSchema.openapi({ param: { name: "phase", in: "path" } }),
  name: ArtifactName.openapi({ param: { name: "name", in: "path" } }),
});

export const ProposalBody = z
  .object({ content: z.string(), frontmatter: jsonObject(FRONTMATTER_MAX).optional() })
  .openapi("ProposeDocument", { example: { content: "# PRD\n\n...", frontmatter: { title: "PRD" } } });

const ProposalWithContent = ProposalSchema.extend({ content: z.string() }).openapi("ProposedDocumentContent");
const PostMergeFindings = z.array(ValidationFindingSchema).openapi({
  description: "Every cross-document error of the spec set as it would be after the merge, proposed or not",
});

const changeRequestNotFound = () => notFound("change request");

/** 404 when the change request is not the caller's, 409 when its status takes no proposals. */
function openToProposals(cr: { status: string } | undefined) {
  if (!cr) throw changeRequestNotFound();
  if (!PROPOSING.includes(cr.status as (typeof PROPOSING)[number])) {
    throw new ApiError(
      "change_request_state",
      `the change request is ${cr.status}: documents can be proposed while it is draft or in_review`,
    );
  }
}

const putRouteDef = defineRoute({
  operationId: "proposeDocument",
  tags: ["change-requests"],
  summary: "Propose a document under a change request (replaces an earlier proposal of the same phase and name)",
  description:
    "Stores the content as the change request's proposed version of the document, based on its latest version now, " +
    "validated by the spec engine and, with the other documents, over the set as it would be after the merge " +
    "(docs/change-requests.md, Proposals). The change request must be draft or in_review. Needs a session or an API key with `artifacts:write`.",
  method: "put",
  path: "/api/projects/{id}/change-requests/{crId}/documents/{phase}/{name}",
  access: onProject("project:write"),
  roundTrips: 1,
  auth: { scopes: ["artifacts:write"] },
  bodyLimit: {
    bytes: ARTIFACT_BODY_MAX,
    why: "a document as the artifact upload takes it: content up to 512 KiB of UTF-8, escaped",
  },
  request: { params: DocumentParams, body: jsonBody(ProposalBody) },
  responses: {
    200: jsonResponse("An earlier proposal replaced", z.object({ document: ProposalSchema, created: z.boolean() })),
    201: jsonResponse("Proposed", z.object({ document: ProposalSchema, created: z.boolean() })),
  },
  errors: ["not_found", "change_request_state", "artifact_name_conflict", "payload_too_large", "quota_exceeded"],
});

const listRouteDef = defineRoute({
  operationId: "listProposedDocuments",
  tags: ["change-requests"],
  summary: "The documents proposed under a change request, with their validation after the merge",
  description: `Lists the proposals without content (at most ${PROPOSALS_MAX}), each with its own findings and the cross-document errors it would have after the merge, and every cross-document error of the post-merge set. Needs a session or an API key with \`projects:read\`.`,
  method: "get",
  path: "/api/projects/{id}/change-requests/{crId}/documents",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: CrParams },
  responses: {
    200: jsonResponse("The proposals", z.object({ items: z.array(ProposalSchema), crossFindings: PostMergeFindings })),
  },
  errors: ["not_found"],
});

const getRouteDef = defineRoute({
  operationId: "getProposedDocument",
  tags: ["change-requests"],
  summary: "One proposed document with its content",
  description:
    "Returns the change request's proposal for the phase and name, with its content and validation after the merge. Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/change-requests/{crId}/documents/{phase}/{name}",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: DocumentParams },
  responses: { 200: jsonResponse("The proposal", z.object({ document: ProposalWithContent })) },
  errors: ["not_found"],
});

const diffRouteDef = defineRoute({
  operationId: "diffProposedDocument",
  tags: ["change-requests"],
  summary: "Unified diff of a proposed document against the document's current version",
  description:
    "Compares the document's latest stored version (nothing, for a new document) with the change request's proposal, line by line (docs/change-requests.md, Diffs). Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/change-requests/{crId}/documents/{phase}/{name}/diff",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: DocumentParams },
  responses: { 200: jsonResponse("The diff", z.object({ diff: DiffSchema })) },
  errors: ["not_found"],
});

const deleteRouteDef = defineRoute({
  operationId: "withdrawProposedDocument",
  tags: ["change-requests"],
  summary: "Withdraw a proposed document from a change request",
  description:
    "Deletes the change request's proposal for the phase and name; the change request must be draft or in_review. Needs a session or an API key with `artifacts:write`.",
  method: "delete",
  path: "/api/projects/{id}/change-requests/{crId}/documents/{phase}/{name}",
  access: onProject("project:write"),
  roundTrips: 1,
  auth: { scopes: ["artifacts:write"] },
  request: { params: DocumentParams },
  responses: { 204: { description: "Withdrawn" } },
  errors: ["not_found", "change_request_state"],
});

const proposeDocument: Handler<typeof putRouteDef> = async (c) => {
  const { id, crId, phase, name } = c.req.valid("param");
  const body = c.req.valid("json");
  const { extraFile: _extra, ...prepared } = await prepareArtifact({ phase, name, ...body });
  const { results } = await authed(c, ({ userId }) => ({
    cr: changeRequestOf(c.var.db, userId, id, crId, "project:write"),
    stored: putProposal(c.var.db, userId, id, crId, prepared),
    refusal: proposalRefusal(c.var.db, userId, id, crId, phase, name),
    set: postMergeFacts(c.var.db, userId, id, crId),
  }));
  openToProposals(results.cr[0]);
  const stored = results.stored[0];
  if (!stored) {
    const clash = results.refusal[0]?.clash;
    if (clash) {
      throw new ApiError(
        "artifact_name_conflict",
        `"${name}" differs only in case from "${clash}" of this phase; use the same spelling or another name`,
      );
    }
    throw new ApiError("quota_exceeded", "the change request would hold too many proposed documents", {
      issues: [{ path: "documents", message: `a change request holds at most ${PROPOSALS_MAX} proposed documents` }],
    });
  }
  const { created, ...row } = stored;
  const document = proposalJson(row, postMergeFindings(results.set as MergedFacts[]));
  return created ? c.json({ document, created }, 201) : c.json({ document, created }, 200);
};

const listProposedDocuments: Handler<typeof listRouteDef> = async (c) => {
  const { id, crId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    cr: changeRequestOf(c.var.db, userId, id, crId, "project:read"),
    items: listProposals(c.var.db, userId, id, crId),
    set: postMergeFacts(c.var.db, userId, id, crId),
  }));
  if (!results.cr[0]) throw changeRequestNotFound();
  const cross = postMergeFindings(results.set as MergedFacts[]);
  return c.json({ items: results.items.map((r) => proposalJson(r, cross)), crossFindings: cross }, 200);
};

const getProposedDocument: Handler<typeof getRouteDef> = async (c) => {
  const { id, crId, phase, name } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    proposal: findProposal(c.var.db, userId, id, crId, phase, name),
    set: postMergeFacts(c.var.db, userId, id, crId),
  }));
  const found = results.proposal[0];
  if (!found) throw notFound("proposed document");
  const { content, currentVersion: _v, currentContent: _c, ...row } = found;
  const document = { ...proposalJson(row, postMergeFindings(results.set as MergedFacts[])), content };
  return c.json({ document }, 200);
};

const diffProposedDocument: Handler<typeof diffRouteDef> = async (c) => {
  const { id, crId, phase, name } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    proposal: findProposal(c.var.db, userId, id, crId, phase, name),
  }));
  const found = results.proposal[0];
  if (!found) throw notFound("proposed document");
  const path = `${phase}/${name}`;
  const from = found.currentVersion === null ? "none" : `v${found.currentVersion}`;
  const d = unifiedDiff(
    // A new document: diffed from nothing, named as diff(1) names a missing file.
    { name: found.currentVersion === null ? "/dev/null" : path, label: from, text: found.currentContent ?? "" },
    { name: path, label: "proposed", text: found.content },
  );
  return c.json({ diff: { phase, name, from, to: "proposed", ...d } }, 200);
};

const withdrawProposedDocument: Handler<typeof deleteRouteDef> = async (c) => {
  const { id, crId, phase, name } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    cr: changeRequestOf(c.var.db, userId, id, crId, "project:write"),
    deleted: deleteProposal(c.var.db, userId, id, crId, phase, name),
  }));
  openToProposals(results.cr[0]);
  if (!results.deleted[0]) throw notFound("proposed document");
  return c.body(null, 204);
};

export const proposalRoutes = router()
  .openapi(putRouteDef, proposeDocument)
  .openapi(listRouteDef, listProposedDocuments)
  .openapi(getRouteDef, getProposedDocument)
  .openapi(diffRouteDef, diffProposedDocument)
  .openapi(deleteRouteDef, withdrawProposedDocument);
