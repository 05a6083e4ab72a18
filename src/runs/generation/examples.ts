// A conforming example of each JSON artifact, carried in the brief (`example`) next to the template's
// schema: a real model sees the shape the rules expect (consistent scorecard, operations with
// `x-requirements`, purls), and the local LLM server (tools/llm-documents.ts) starts from it.
// Plain data; the sbom is derived from the same dependency list as the proposal, so the two agree
// (sbom-missing-dependency), as a model is told to keep them.

const DEPENDENCIES = [
  { name: "hono", version: "4.6.0", kind: "runtime", license: "MIT", purpose: "HTTP routing" },
  { name: "drizzle-orm", version: "0.44.5", kind: "runtime", license: "Apache-2.0", purpose: "Typed SQL queries" },
  { name: "@neondatabase/serverless", version: "1.0.1", kind: "runtime", license: "MIT", purpose: "Postgres driver" },
  { name: "zod", version: "4.1.5", kind: "runtime", license: "MIT", purpose: "Request validation" },
  { name: "typescript", version: "5.9.2", kind: "dev", license: "Apache-2.0", purpose: "Type checking" },
  { name: "vitest", version: "3.2.4", kind: "dev", license: "MIT", purpose: "Tests" },
] as const;

/** A CycloneDX component of an npm package: scoped names split into group and name, `@` encoded in the purl. */
function component(d: (typeof DEPENDENCIES)[number]) {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(d.name);
  const purl = `pkg:npm/${d.name.replace(/^@/, "%40")}@${d.version}`;
  return {
    type: "library",
    "bom-ref": purl,
    ...(scoped ? { group: scoped[1], name: scoped[2] } : { name: d.name }),
    version: d.version,
    purl,
    ...(d.kind === "dev" ? { scope: "excluded" } : { licenses: [{ license: { id: d.license } }] }),
  };
}

export const ARTIFACT_EXAMPLES: Readonly<Record<string, unknown>> = {
  "stack-scorecard.json": {
    criteria: [
      { id: "team_fit", name: "Team knowledge", weight: 0.4 },
      { id: "cost", name: "Hosting cost", weight: 0.3 },
      { id: "data_fit", name: "Fits the data model", weight: 0.3 },
    ],
    options: [
      {
        id: "nextjs_neon_drizzle_betterauth",
        name: "Next.js + Neon + Drizzle + Better Auth",
        scores: { team_fit: 9, cost: 8, data_fit: 9 },
      },
      { id: "rails_postgres", name: "Rails + Postgres on a VPS", scores: { team_fit: 5, cost: 7, data_fit: 9 } },
    ],
    recommended: "nextjs_neon_drizzle_betterauth",
  },
  "api-spec.json": {
    openapi: "3.1.0",
    info: { title: "Example API", version: "1.0.0" },
    paths: {
      "/items": {
        get: {
          operationId: "listItems",
          summary: "List the member's items",
          "x-requirements": ["REQ-ITEM-001"],
          responses: { "200": { description: "The items" } },
        },
      },
    },
  },
  "dependency-proposal.json": { dependencies: DEPENDENCIES },
  "sbom.json": {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    version: 1,
    components: DEPENDENCIES.map(component),
  },
};
