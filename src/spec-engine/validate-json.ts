// Rules on one JSON document: its schema, and the domain checks of api-spec.json, sbom.json, stack-scorecard.json.
import type { PackageURL } from "packageurl-js";
import { checkSchema } from "./json-schema";
import { apiOperations, checkOpenApi } from "./openapi-document";
import { finding, type RuleId } from "./rules";
import type { Finding, FindingLocation, JsonArtifactTemplate } from "./types";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

// packageurl-js builds an Intl.Collator when it loads (~6 ms of a cold start in workerd, `wrangler
// check startup`), and only sbom.json needs it: loaded on the first purl check, once per isolate (the
// bundle keeps it; a dynamic import of a CommonJS module runs its code on first use only).
let purlParser: typeof PackageURL | undefined;
async function loadPurl(): Promise<typeof PackageURL> {
  purlParser ??= (await import("packageurl-js")).PackageURL;
  return purlParser;
}

export async function checkJson(value: unknown, template: JsonArtifactTemplate): Promise<Finding[]> {
  const at = (pointer: string): FindingLocation => ({ phase: template.phase, artifact: template.name, pointer });
  const rules = new Set<string>(template.rules);
  const schemaErrors = (rule: RuleId, errors: { pointer: string; message: string }[]) =>
    errors.map((e) => finding(rule, e.message, at(e.pointer)));

  if (rules.has("openapi")) {
    const errors = schemaErrors("openapi", await checkOpenApi(value));
    // Operation checks read a structure the schema has vouched for.
    return errors.length > 0 || !rules.has("openapi-operation-id") ? errors : operationIdChecks(value, at);
  }
  const rule: RuleId = rules.has("cyclonedx") ? "cyclonedx" : "schema";
  const errors = schemaErrors(rule, checkSchema(template.schema, value));
  if (errors.length > 0) return errors;
  if (rules.has("purl")) return purlChecks(value, at, await loadPurl());
  if (rules.has("scorecard-consistent")) return scorecardChecks(value, at);
  return [];
}

function operationIdChecks(doc: unknown, at: (p: string) => FindingLocation): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, string>();
  for (const op of apiOperations(doc)) {
    if (op.operationId === undefined) {
      out.push(finding("openapi-operation-id", `${op.key} has no operationId`, at(op.pointer)));
      continue;
    }
    const other = seen.get(op.operationId);
    if (other)
      out.push(
        finding("openapi-operation-id", `operationId "${op.operationId}" is also used by ${other}`, at(op.pointer)),
      );
    else seen.set(op.operationId, op.key);
  }
  return out;
}

function purlChecks(doc: unknown, at: (p: string) => FindingLocation, purlParser: typeof PackageURL): Finding[] {
  const components = isObject(doc) && Array.isArray(doc.components) ? doc.components : [];
  const out: Finding[] = [];
  components.forEach((c, i) => {
    if (!isObject(c) || typeof c.purl !== "string") return;
    const where = at(`/components/${i}/purl`);
    let purl: PackageURL;
    try {
      purl = purlParser.fromString(c.purl);
    } catch (e) {
      out.push(finding("purl", `"${c.purl}" is not a package URL: ${(e as Error).message}`, where));
      return;
    }
    const full = purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name;
    const nameOk = c.name === full || (c.name === purl.name && (c.group ?? undefined) === purl.namespace);
    if (!nameOk) out.push(finding("purl", `purl names "${full}", the component "${String(c.name)}"`, where));
    if (purl.version !== c.version) {
      out.push(
        finding(
          "purl",
          `purl version "${purl.version ?? ""}" differs from the component's "${String(c.version)}"`,
          where,
        ),
      );
    }
  });
  return out;
}

interface Scorecard {
  criteria: { id: string }[];
  options: { id: string; scores: Record<string, number> }[];
  recommended: string;
}

function scorecardChecks(doc: unknown, at: (p: string) => FindingLocation): Finding[] {
  // The schema check passed: the document has the Scorecard shape.
  const card = doc as Scorecard;
  const out: Finding[] = [];
  if (!card.options.some((o) => o.id === card.recommended)) {
    out.push(
      finding(
        "scorecard-consistent",
        `recommended "${card.recommended}" is not one of the options`,
        at("/recommended"),
      ),
    );
  }
  card.options.forEach((o, i) => {
    const missing = card.criteria.filter((c) => typeof o.scores[c.id] !== "number").map((c) => c.id);
    if (missing.length > 0) {
      out.push(
        finding(
          "scorecard-consistent",
          `option "${o.id}" has no score for ${missing.join(", ")}`,
          at(`/options/${i}/scores`),
        ),
      );
    }
  });
  return out;
}
