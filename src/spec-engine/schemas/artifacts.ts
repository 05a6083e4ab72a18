// JSON Schemas (draft 2020-12) of the JSON artifacts we define ourselves. Served as-is by the
// templates endpoint and checked with @cfworker/json-schema (no code generation, runs on Workers).
import type { JsonSchema } from "../types";

const REQ_ID = "^REQ-[A-Z][A-Z0-9]*-[0-9]{3,}$";
const DRAFT = "https://json-schema.org/draft/2020-12/schema";

export const STACK_SCORECARD_SCHEMA: JsonSchema = {
  $schema: DRAFT,
  title: "stack-scorecard.json",
  type: "object",
  required: ["criteria", "options", "recommended"],
  properties: {
    criteria: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["id", "name", "weight"],
        properties: {
          id: { type: "string", pattern: "^[a-z][a-z0-9_]*$" },
          name: { type: "string", minLength: 1 },
          weight: { type: "number", exclusiveMinimum: 0, maximum: 1 },
        },
      },
    },
    options: {
      type: "array",
      minItems: 2,
      items: {
        type: "object",
        required: ["id", "name", "scores"],
        properties: {
          id: {
            type: "string",
            pattern: "^[a-z][a-z0-9_]*$",
            description: "A stack choice, e.g. nextjs_neon_drizzle_betterauth",
          },
          name: { type: "string", minLength: 1 },
          scores: { type: "object", additionalProperties: { type: "number", minimum: 0, maximum: 10 } },
          notes: { type: "string" },
        },
      },
    },
    recommended: { type: "string", description: "The id of the recommended option" },
  },
};

export const TRACEABILITY_SCHEMA: JsonSchema = {
  $schema: DRAFT,
  title: "traceability.json",
  type: "object",
  required: ["requirements"],
  properties: {
    requirements: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["id"],
        properties: {
          id: { type: "string", pattern: REQ_ID },
          operations: {
            type: "array",
            items: { type: "string", pattern: "^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) /" },
          },
          entities: { type: "array", items: { type: "string", minLength: 1 } },
          tasks: { type: "array", items: { type: "string", pattern: "^TASK-[0-9]{3,}$" } },
          epics: { type: "array", items: { type: "string", pattern: "^EPIC-[0-9]{3,}$" } },
        },
        additionalProperties: false,
      },
    },
  },
};

export const DEPENDENCY_PROPOSAL_SCHEMA: JsonSchema = {
  $schema: DRAFT,
  title: "dependency-proposal.json",
  type: "object",
  required: ["dependencies"],
  properties: {
    dependencies: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["name", "version", "kind", "license", "purpose"],
        properties: {
          name: { type: "string", minLength: 1 },
          version: { type: "string", minLength: 1 },
          kind: { enum: ["runtime", "dev"] },
          ecosystem: { type: "string", description: "purl type, e.g. npm (default)" },
          license: { type: "string", minLength: 1, description: "SPDX expression" },
          purpose: { type: "string", minLength: 1 },
        },
      },
    },
  },
};

/** What the templates endpoint shows for api-spec.json; the `openapi` rule checks the official schema. */
export const API_SPEC_SCHEMA: JsonSchema = {
  $schema: DRAFT,
  title: "api-spec.json (OpenAPI 3.0 / 3.1; validated against the official OpenAPI JSON Schema of its version)",
  type: "object",
  required: ["openapi", "info", "paths"],
  properties: {
    openapi: { type: "string", pattern: "^3\\.[01]\\.[0-9]+$" },
    info: { type: "object", required: ["title", "version"] },
    paths: {
      type: "object",
      description:
        "Each operation lists the requirements it serves in `x-requirements` (array of ids), or names them in its summary or description.",
    },
  },
};

/**
 * The part of CycloneDX 1.4–1.6 JSON (https://cyclonedx.org/docs/1.6/json/) a spec set must have:
 * bomFormat, specVersion, and components with name, version and purl. Field names and enums follow the
 * official bom-1.6.schema.json (Apache-2.0); other CycloneDX fields are allowed and not checked.
 */
export const SBOM_SCHEMA: JsonSchema = {
  $schema: DRAFT,
  title: "sbom.json (CycloneDX JSON)",
  type: "object",
  required: ["bomFormat", "specVersion", "components"],
  properties: {
    bomFormat: { const: "CycloneDX" },
    specVersion: { enum: ["1.4", "1.5", "1.6"] },
    serialNumber: {
      type: "string",
      pattern: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
    },
    version: { type: "integer", minimum: 1 },
    metadata: { type: "object" },
    components: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["type", "name", "version", "purl"],
        properties: {
          type: {
            enum: [
              "application",
              "framework",
              "library",
              "container",
              "platform",
              "operating-system",
              "device",
              "device-driver",
              "firmware",
              "file",
              "machine-learning-model",
              "data",
              "cryptographic-asset",
            ],
          },
          "bom-ref": { type: "string", minLength: 1 },
          group: { type: "string" },
          name: { type: "string", minLength: 1 },
          version: { type: "string", minLength: 1 },
          purl: { type: "string", minLength: 1 },
          scope: { enum: ["required", "optional", "excluded"] },
          licenses: { type: "array" },
        },
      },
    },
    dependencies: { type: "array" },
  },
};
