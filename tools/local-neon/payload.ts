// The request side of Neon's proxy, as neondatabase/neon proxy/src/serverless/ does it: the
// connection string check (http_util.rs, get_conn_info), the body's JSON (sql_over_http.rs,
// `Payload` parsed by serde_json::from_slice) and the parameters' conversion to text
// (json.rs, json_to_pg_text). Every refusal here is a `BadRequest`: HTTP 400 with an empty `code`.
import { BadRequest, type Statement } from "./backends.ts";

export interface ConnInfo {
  /** The role: also this endpoint's client key (stats, faults and limits are per key). */
  user: string;
  dbname: string;
  /** The endpoint id: the first label of the host name. */
  endpoint: string;
}

/** http_util.rs, get_conn_info: the same checks in the same order, with the same messages (error.rs, ConnInfoError). */
export function parseConnectionString(header: string | string[] | undefined, authorization?: string): ConnInfo {
  // hyper's HeaderValue::to_str fails on anything but visible ASCII.
  if (typeof header !== "string" || !/^[\x20-\x7e]*$/.test(header)) {
    throw new BadRequest("invalid header: neon-connection-string");
  }
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(header)) {
    throw new BadRequest("invalid connection string: relative URL without a base");
  }
  let url: URL;
  try {
    url = new URL(header);
  } catch {
    // The wording of the url crate's other ParseErrors (empty host, invalid port, ...) is not reproduced.
    throw new BadRequest("invalid connection string: invalid URL");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") throw new BadRequest("incorrect scheme");
  if (!url.pathname.startsWith("/")) throw new BadRequest("missing database name");
  const decode = (s: string, what: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      // urlencoding::decode's FromUtf8Error converts into ConnInfoError::InvalidUsername, for either part.
      throw new BadRequest(`invalid username: invalid utf-8 sequence in the ${what}`);
    }
  };
  const dbname = decode(url.pathname.slice(1).split("/")[0] ?? "", "database name");
  const user = decode(url.username, "user name");
  if (!user) throw new BadRequest("missing username");
  // Without JWT auth configured (a normal Neon endpoint), an Authorization header is refused, and
  // the password is required (the url crate reads an empty password as none).
  if (authorization !== undefined || !url.password) {
    throw new BadRequest("missing authentication credentials: required password");
  }
  const host = url.hostname;
  if (!host || /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith("[")) throw new BadRequest("missing hostname");
  return { user, dbname, endpoint: host.split(".")[0] as string };
}

/** sql_over_http.rs, map_header_to_isolation_level: anything else is refused before the body is read. */
export const ISOLATION_LEVELS = ["Serializable", "ReadUncommitted", "ReadCommitted", "RepeatableRead"];

export interface Payload {
  batch: boolean;
  statements: (Statement & { arrayMode?: boolean })[];
}

const PARSE = "could not parse the HTTP request body: ";

/** serde_json's error position: line, and column in bytes from the line's start (read.rs, position_of_index). */
function at(text: string, index: number): string {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf("\n") + 1;
  const line = 1 + (before.match(/\n/g)?.length ?? 0);
  return `at line ${line} column ${Buffer.byteLength(before.slice(lineStart))}`;
}

/**
 * serde_json refuses what JSON.parse accepts: a lone surrogate in a \u escape (read.rs,
 * parse_unicode_escape with validate = true, as for every `String`). Its two messages, at its position.
 */
function surrogateError(text: string): string | undefined {
  const hex = (i: number) => Number.parseInt(text.slice(i, i + 4), 16);
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!inString) {
      if (ch === '"') inString = true;
      continue;
    }
    if (ch === '"') {
      inString = false;
      continue;
    }
    if (ch !== "\\") continue;
    if (text[i + 1] !== "u") {
      i += 1;
      continue;
    }
    const n = hex(i + 2);
    let j = i + 6; // after the four hex digits
    if (n >= 0xdc00 && n <= 0xdfff) return `lone leading surrogate in hex escape ${at(text, j)}`;
    if (n >= 0xd800 && n <= 0xdbff) {
      if (text[j] !== "\\") return `unexpected end of hex escape ${at(text, j + 1)}`;
      if (text[j + 1] !== "u") return `unexpected end of hex escape ${at(text, j + 2)}`;
      const n2 = hex(j + 2);
      j += 6;
      if (n2 < 0xdc00 || n2 > 0xdfff) return `lone leading surrogate in hex escape ${at(text, j)}`;
    }
    i = j - 1;
  }
  return undefined;
}

/** json.rs, json_value_to_pg_text / json_array_to_pg_array. */
function toPgText(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return toPgArray(value);
  return JSON.stringify(value);
}

function toPgArray(value: unknown): string {
  if (Array.isArray(value)) return `{${value.map((v) => (v === null ? "NULL" : toPgArray(v))).join(",")}}`;
  if (value !== null && typeof value === "object") return JSON.stringify(JSON.stringify(value));
  return JSON.stringify(value);
}

type QueryData = Statement & { arrayMode?: boolean };

/** serde's derive for QueryData: `query` a string, `params` an optional array, `arrayMode` an optional bool. */
function queryData(v: unknown): QueryData | undefined {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.query !== "string") return undefined;
  if (o.params !== undefined && !Array.isArray(o.params)) return undefined;
  if (o.arrayMode !== undefined && o.arrayMode !== null && typeof o.arrayMode !== "boolean") return undefined;
  const params = ((o.params as unknown[] | undefined) ?? []).map(toPgText);
  return { query: o.query, params, arrayMode: typeof o.arrayMode === "boolean" ? o.arrayMode : undefined };
}

/** sql_over_http.rs, `Payload` (untagged: Single, then Batch), from the raw body bytes. */
export function parsePayload(body: Buffer): Payload {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new BadRequest(`${PARSE}invalid unicode code point`);
  }
  if (text.trim() === "") throw new BadRequest(`${PARSE}EOF while parsing a value ${at(text, text.length)}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // Same status and code as serde_json's syntax errors; the wording is JSON.parse's.
    throw new BadRequest(`${PARSE}${(err as Error).message}`);
  }
  const surrogate = surrogateError(text);
  if (surrogate) throw new BadRequest(PARSE + surrogate);
  const single = queryData(value);
  if (single) return { batch: false, statements: [single] };
  const queries = (value as { queries?: unknown } | null)?.queries;
  if (Array.isArray(queries)) {
    const statements = queries.map(queryData);
    if (statements.every((s) => s !== undefined)) return { batch: true, statements: statements as QueryData[] };
  }
  throw new BadRequest(`${PARSE}data did not match any variant of untagged enum Payload`);
}
