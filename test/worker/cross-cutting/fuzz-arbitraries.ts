// fast-check arbitraries for hostile requests: values derived from the JSON Schemas in the app's
// own OpenAPI document (generated from the routes' zod schemas), mutated, plus raw junk.
import fc from "fast-check";

type Schema = Record<string, unknown>;
export type Components = Record<string, Schema>;

/** A JSON body as TEXT, built by hand so keys like `__proto__` stay own keys and may repeat. */
export type Body = { kind: "json"; text: string } | { kind: "bytes"; bytes: Uint8Array } | { kind: "none" };

export const SQL_INJECTION = [
  "' or '1'='1",
  "'; drop table users; --",
  "1; select pg_sleep(5)",
  "$1",
  "\\x00",
  "') union select password_hash from users --",
  "%' or 1=1 --",
  "::jsonb",
];
export const HEADER_INJECTION = [
  "x\r\nSet-Cookie: injected=1",
  "x\nX-Injected: 1",
  "\r\n\r\n<html>",
  "%0d%0aX-Injected:%201",
];
export const FORBIDDEN_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "__defineGetter__",
  "hasOwnProperty",
  "toString",
];

const hugeString = fc.constantFrom("a".repeat(70_000), "é".repeat(40_000), "\u{1F600}".repeat(20_000));
const oddString = fc.oneof(
  fc.constantFrom(...SQL_INJECTION, ...HEADER_INJECTION, ...FORBIDDEN_KEYS),
  fc.constantFrom("", " ", "\u0000", "\uD800", "\uDFFF\uD800", "\u202E", "null", "undefined", "NaN", "-0", "1e309"),
  fc.string({ unit: "binary", maxLength: 40 }),
);
const oddNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, 5e-324, 0.1, 1.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

const WORDS = [
  "spec",
  "drive",
  "invoice",
  "tracker",
  "Ada",
  "Lovelace",
  "café",
  "Zürich",
  "日本",
  "plan",
  "v2",
  "42",
  "notes",
  "über",
  "release",
  "draft",
  "API",
  "mobile",
  "team",
  "ok",
];

/** Words joined by spaces, between `min` and `max` characters (a name, a title, a passphrase). */
export function realisticText(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
    .map((ws) => {
      let text = ws.join(" ");
      while (text.length < min) text += ` ${ws[text.length % ws.length]}`;
      return text.slice(0, max).trim().padEnd(Math.min(min, max), "x");
    })
    .filter((t) => t.length >= min && t.length <= max);
}

/** An address a real user would have: letters and digits, a dot, a real-looking domain. */
export const realisticEmail: fc.Arbitrary<string> = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{1,12}$/),
    fc.stringMatching(/^[a-z]{1,8}$/),
    fc.constantFrom("example.test", "mail.example.com", "example.org"),
  )
  .map(([a, b, d]) => `${a}.${b}@${d}`);

/** JSON text nested `depth` levels deep (arrays or objects). */
export function nestedText(depth: number, kind: "array" | "object"): string {
  return kind === "array"
    ? `${"[".repeat(depth)}1${"]".repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** Raw JSON text of an arbitrary value, with hostile leaves; objects may carry forbidden keys. */
export const hostileJson: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(oddString, hugeString).map((s) => JSON.stringify(s)),
    oddNumber.map((n) => JSON.stringify(n)),
    fc.constantFrom("true", "false", "null"),
    fc.array(tie("v"), { maxLength: 4 }).map((xs) => `[${xs.join(",")}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...FORBIDDEN_KEYS), fc.string({ maxLength: 10 })), tie("v")), {
        maxLength: 4,
      })
      .map(objectText),
  ),
})).v;

export function objectText(entries: [string, string][]): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
}

function resolve(schema: Schema, components: Components): Schema {
  const ref = schema.$ref;
  if (typeof ref === "string") return resolve(components[ref.replace("#/components/schemas/", "")] ?? {}, components);
  return schema;
}

/** Values that satisfy (most of) a JSON Schema: what a well-behaved client would send, as JSON text. */
export function fromSchema(raw: Schema, components: Components, depth = 0, realistic = false): fc.Arbitrary<string> {
  const schema = resolve(raw, components);
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((s) => fromSchema(s, components, depth + 1, realistic)));
  if ("const" in schema) return fc.constant(JSON.stringify(schema.const));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum.map((v) => JSON.stringify(v)));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  const arbs = types.map((type) => byType(type, schema, components, depth, realistic));
  return arbs.length === 1 ? (arbs[0] as fc.Arbitrary<string>) : fc.oneof(...arbs);
}

/** Only what a well-behaved client sends: realistic text and addresses, no extra keys (the fuzzer's valid requests). */
export const validFromSchema = (schema: Schema, components: Components) => fromSchema(schema, components, 0, true);

function byType(
  type: string | undefined,
  s: Schema,
  components: Components,
  depth: number,
  realistic: boolean,
): fc.Arbitrary<string> {
  const str = (a: fc.Arbitrary<string>) => a.map((x) => JSON.stringify(x));
  switch (type) {
    case "null":
      return fc.constant("null");
    case "boolean":
      return fc.boolean().map((b) => String(b));
    case "integer":
    case "number": {
      const min = typeof s.minimum === "number" ? s.minimum : -1e6;
      const max = typeof s.maximum === "number" ? s.maximum : 1e6;
      return (
        type === "integer"
          ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 2 ** 31)) })
          : fc.double({ min, max, noNaN: true })
      ).map((n) => JSON.stringify(n));
    }
    case "string": {
      const maxLength = Math.min(typeof s.maxLength === "number" ? s.maxLength : 200, 200);
      const minLength = typeof s.minLength === "number" ? Math.min(s.minLength, maxLength) : 0;
      if (s.format === "email") {
        return str(realistic ? realisticEmail : fc.oneof({ weight: 3, arbitrary: realisticEmail }, fc.emailAddress()));
      }
      if (s.format === "uuid") return str(fc.uuid());
      if (s.format === "date-time")
        return str(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString()));
      if (s.format === "uri") return str(fc.webUrl({ validSchemes: ["https"] }));
      if (typeof s.pattern === "string") {
        try {
          return str(fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= 300));
        } catch {
          // fall through
        }
      }
      // Mostly text a person would type (words, realistic lengths), sometimes any string the schema allows.
      if (realistic) return str(realisticText(minLength, maxLength));
      return str(
        fc.oneof(
          { weight: 3, arbitrary: realisticText(minLength, maxLength) },
          fc.string({ minLength, maxLength: Math.min(maxLength, 60) }),
        ),
      );
    }
    case "array": {
      if (depth > 3) return fc.constant("[]");
      const items = (s.items as Schema | undefined) ?? {};
      const maxItems = Math.min(typeof s.maxItems === "number" ? s.maxItems : 3, 3);
      return fc
        .array(fromSchema(items, components, depth + 1, realistic), {
          minLength: Math.min(typeof s.minItems === "number" ? s.minItems : 0, maxItems),
          maxLength: maxItems,
        })
        .map((xs) => `[${xs.join(",")}]`);
    }
    case "object": {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const required = new Set((s.required ?? []) as string[]);
      const entries = Object.entries(props).map(([k, v]) => {
        const value = fromSchema(v, components, depth + 1, realistic);
        return (required.has(k) ? value : fc.option(value, { nil: undefined, freq: 3 })).map((x) =>
          x === undefined ? undefined : ([k, x] as [string, string]),
        );
      });
      const extra =
        s.additionalProperties && !realistic
          ? fc.array(fc.tuple(fc.string({ maxLength: 8 }), hostileJson), { maxLength: 2 })
          : fc.constant([]);
      // minProperties: a PATCH of optional fields still names one (UpdateProject says so).
      const minProperties = typeof s.minProperties === "number" ? s.minProperties : 0;
      return fc
        .tuple(fc.tuple(...entries), extra)
        .filter(([xs]) => xs.filter(Boolean).length >= minProperties)
        .map(([xs, more]) =>
          objectText([...(xs.filter(Boolean) as [string, string][]), ...(more as [string, string][])]),
        );
    }
    default:
      return hostileJson;
  }
}

/**
 * A body for an operation whose body schema is `schema`: valid ones, valid ones with one field
 * made hostile / dropped / an extra (forbidden) key added, random hostile JSON, and raw junk.
 */
export function hostileBody(schema: Schema | undefined, components: Components): fc.Arbitrary<Body> {
  const json = (a: fc.Arbitrary<string>) => a.map((text): Body => ({ kind: "json", text }));
  const resolved = schema ? resolve(schema, components) : undefined;
  const props = (resolved?.properties ?? {}) as Record<string, Schema>;
  const names = Object.keys(props);
  const valid = schema ? fromSchema(schema, components) : fc.constant("{}");
  const mutatedObject =
    names.length === 0
      ? hostileJson
      : fc
          .tuple(
            fc.tuple(...names.map((k) => fromSchema(props[k] as Schema, components))),
            fc.nat({ max: names.length - 1 }),
            fc.constantFrom("hostile", "drop", "extra", "forbidden", "duplicate"),
            hostileJson,
            fc.constantFrom(...FORBIDDEN_KEYS),
          )
          .map(([values, i, how, junk, forbidden]) => {
            const entries: [string, string][] = names.map((k, j) => [k, values[j] as string]);
            if (how === "hostile") entries[i] = [names[i] as string, junk];
            if (how === "drop") entries.splice(i, 1);
            if (how === "extra") entries.push([`extra_${i}`, junk]);
            if (how === "forbidden") entries.push([forbidden, `{"polluted":true}`]);
            if (how === "duplicate") entries.push([names[i] as string, junk]);
            return objectText(entries);
          });
  const raw = fc.oneof(
    fc.string({ maxLength: 50 }).map((text): Body => ({ kind: "json", text })),
    fc
      .constantFrom(
        "{",
        '{"a":',
        "[1,2",
        "{'single': 'quotes'}",
        '{"a":1}{"b":2}',
        "\uFEFF{}",
        "NaN",
        "Infinity",
        "",
        " ",
        "null",
        "[]",
        '"string"',
        "12",
        '{"__proto__":{"isAdmin":true}}',
        '{"constructor":{"prototype":{"isAdmin":true}}}',
      )
      .map((text): Body => ({ kind: "json", text })),
    fc
      .constantFrom(
        nestedText(10_000, "array"),
        nestedText(10_000, "object"),
        `{"name":"x","state":${nestedText(2_000, "object")}}`,
      )
      .map((text): Body => ({ kind: "json", text })),
    fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }).map(
      (bytes): Body => ({
        kind: "bytes",
        bytes: Uint8Array.from([
          0x7b,
          0x22,
          0x61,
          0x22,
          0x3a,
          0x22,
          0xff,
          0xfe,
          0xc3,
          0x28,
          0xed,
          0xa0,
          0x80,
          ...bytes,
          0x22,
          0x7d,
        ]),
      }),
    ),
    fc.constant<Body>({ kind: "none" }),
  );
  return fc.oneof(
    { weight: 5, arbitrary: json(valid) },
    { weight: 4, arbitrary: json(mutatedObject) },
    { weight: 1, arbitrary: json(hostileJson) },
    { weight: 2, arbitrary: raw },
  );
}

export const contentTypes = fc.oneof(
  { weight: 12, arbitrary: fc.constant("application/json") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      undefined,
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json; charset=utf-16",
      "application/xml",
      "application/json, text/plain",
      "APPLICATION/JSON",
      "application/merge-patch+json",
    ),
  },
);
