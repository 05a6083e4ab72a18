// The OpenAPI document, validated by @seriousme/openapi-schema-validator (the OpenAPI 3.1 JSON
// schema plus $ref resolution). It runs in Node: the validator reads its schemas from disk and
// compiles them with Ajv (new Function), neither of which workerd allows. The app itself is
// imported unchanged; serving the document needs no bindings.
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { app } from "../../src/app.ts";
import { createTestApp } from "../worker/test-app.ts";
import { DOCUMENT_ENV } from "./document.ts";

/** Bindings the document needs (servers come from API_URL); the request's host must not matter. */
const ENV = DOCUMENT_ENV;

async function documentOf(target: { request: typeof app.request }) {
  const res = await target.request("https://elsewhere.example.test/openapi.json", {}, ENV);
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

describe("OpenAPI document validity", () => {
  it.each([
    ["the app", app],
    ["the app with the test-only routes", createTestApp()],
  ])("%s: a valid OpenAPI 3.1 document whose $refs all resolve", async (_name, target) => {
    const doc = await documentOf(target);
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // Resolving every $ref (throws on a dangling one).
    expect(() => validator.resolveRefs()).not.toThrow();
    expect(doc.servers).toEqual([{ url: "https://api.example.test" }]);
  });

  it.each([
    [
      "a dangling $ref",
      (d: Record<string, any>) => {
        d.paths["/api/me"].get.responses["200"].content["application/json"].schema = {
          $ref: "#/components/schemas/Nope",
        };
      },
    ],
    [
      "no info",
      (d: Record<string, any>) => {
        delete d.info;
      },
    ],
    [
      "a response without description",
      (d: Record<string, any>) => {
        delete d.paths["/health"].get.responses["200"].description;
      },
    ],
  ])("the validator does reject a document with %s", async (_name, breakIt) => {
    const doc = structuredClone(await documentOf(app)) as Record<string, any>;
    breakIt(doc);
    const result = await new Validator().validate(doc);
    expect(result.valid).toBe(false);
  });
});

/** `#123`, `issue 12`, `PR #7`, `pull request 40`: tracker references (a `#/components/...` $ref is none). */
const TRACKER_REFERENCE = /(?<![\w/&])#\d+\b|\b(?:issues?|PR|pull requests?)\s*#?\d+/gi;

describe("OpenAPI document text", () => {
  it("names no issue or pull request: descriptions say what the API does, history is the changelog's", async () => {
    const text = JSON.stringify(await documentOf(createTestApp()));
    expect(text.match(TRACKER_REFERENCE) ?? []).toEqual([]);
    // The pattern does catch one.
    expect('"see issue 42"'.match(TRACKER_REFERENCE)).toEqual(["issue 42"]);
    expect('"fixed in #17"'.match(TRACKER_REFERENCE)).toEqual(["#17"]);
  });
});
