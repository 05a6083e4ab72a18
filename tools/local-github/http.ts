// The HTTP side of the local GitHub stand-in shared by its routes: GitHub's error bodies, request
// bodies, base64 content and pagination.
import type { IncomingMessage } from "node:http";

const DOCS = "https://docs.github.com/rest";
const MAX_BODY = 50 * 1024 * 1024;

export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;
  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(String(body.message));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** GitHub's error body (message, documentation_url, status as a string). */
export function fail(status: number, message: string, extra: Record<string, unknown> = {}, headers = {}): never {
  throw new HttpError(status, { message, documentation_url: DOCS, status: String(status), ...extra }, headers);
}

/** 422 "Validation Failed" with GitHub's `errors` list (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api). */
export function invalid(errors: Record<string, unknown>[]): never {
  fail(422, "Validation Failed", { errors });
}

export const notFound = (): never => fail(404, "Not Found");

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) fail(413, "Payload too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Base64 in 60-character lines, as GET /git/blobs and /contents answer content. */
export function base64Lines(buf: Buffer): string {
  return `${(buf.toString("base64").match(/.{1,60}/g) ?? []).join("\n")}\n`;
}

/**
 * One page of a list: `per_page` (default 30, at most 100) and `page`, and the Link header with
 * prev, next, last and first (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api).
 */
export function page<T>(all: T[], url: string, query: URLSearchParams): { items: T[]; link?: string } {
  const perPage = Math.min(100, Math.max(1, Number(query.get("per_page") ?? 30) || 30));
  const current = Math.max(1, Number(query.get("page") ?? 1) || 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const link = (p: number) => {
    const u = new URL(url);
    u.searchParams.set("per_page", String(perPage));
    u.searchParams.set("page", String(p));
    return `<${u}>`;
  };
  const rels: string[] = [];
  if (current > 1) rels.push(`${link(current - 1)}; rel="prev"`);
  if (current < last) rels.push(`${link(current + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (current > 1) rels.push(`${link(1)}; rel="first"`);
  return { items: all.slice((current - 1) * perPage, current * perPage), link: rels.join(", ") || undefined };
}
