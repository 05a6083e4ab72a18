// A tiny stand-in for Resend's REST API, for tests and `npm run dev`: accepts POST /emails (Bearer
// key, Resend's JSON shape), keeps the messages, and serves GET /messages?to=<address> (JSON, oldest
// first) and GET /latest?to=<address> (the newest mail to that address as plain text, 404 if none).
// Run alone: `node tools/mail-sink.ts [port]`.

import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenLocal } from "./listen.ts";

export interface SunkMail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text?: string;
  html?: string;
  /** The message's extra headers (Resend's `headers`), e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  receivedAt: string;
}

export interface MailSink {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function validate(body: unknown): Omit<SunkMail, "id" | "receivedAt"> | string {
  const b = body as Record<string, unknown>;
  const to = typeof b?.to === "string" ? [b.to] : b?.to;
  if (typeof b?.from !== "string" || !b.from) return "`from` is required";
  if (!Array.isArray(to) || to.length === 0 || to.some((t) => typeof t !== "string")) return "`to` is required";
  if (typeof b.subject !== "string" || !b.subject) return "`subject` is required";
  if (typeof b.text !== "string" && typeof b.html !== "string") return "`text` or `html` is required";
  return {
    from: b.from,
    to: to as string[],
    subject: b.subject,
    text: b.text as string | undefined,
    html: b.html as string | undefined,
    ...(typeof b.headers === "object" && b.headers !== null ? { headers: b.headers as Record<string, string> } : {}),
  };
}

/** A mail as text: its headers, a blank line, its text body (or its HTML when it has no text). */
export function formatMail(m: SunkMail): string {
  return `From: ${m.from}\nTo: ${m.to.join(", ")}\nSubject: ${m.subject}\n\n${m.text ?? m.html ?? ""}\n`;
}

/**
 * `apiKey`: the one key accepted (Resend's account key); every other key is refused. `delayMs`: how
 * long each POST /emails takes to answer (a real provider's round trip), for the timing test.
 */
export async function startMailSink(opts: {
  port?: number;
  apiKey: string;
  delayMs?: number;
  /** Called with each accepted mail (dev prints it). */
  onMail?: (mail: SunkMail) => void;
}): Promise<MailSink> {
  const messages: SunkMail[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://local");
    try {
      if (req.method === "POST" && url.pathname === "/emails") {
        // As Resend: no key is 401 missing_api_key, a key that is not the account's is 403 invalid_api_key.
        const auth = req.headers.authorization ?? "";
        if (!/^Bearer \S+$/.test(auth)) {
          return send(res, 401, { statusCode: 401, name: "missing_api_key", message: "Missing API key" });
        }
        if (auth !== `Bearer ${opts.apiKey}`) {
          return send(res, 403, { statusCode: 403, name: "invalid_api_key", message: "API key is invalid" });
        }
        const mail = validate(await readJson(req));
        if (typeof mail === "string")
          return send(res, 422, { statusCode: 422, name: "validation_error", message: mail });
        if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
        const id = randomUUID();
        const sunk = { id, ...mail, receivedAt: new Date().toISOString() };
        messages.push(sunk);
        opts.onMail?.(sunk);
        return send(res, 200, { id });
      }
      if (req.method === "GET" && url.pathname === "/messages") {
        const to = url.searchParams.get("to")?.toLowerCase();
        return send(res, 200, { messages: to ? messages.filter((m) => m.to.includes(to)) : messages });
      }
      if (req.method === "GET" && url.pathname === "/latest") {
        const to = url.searchParams.get("to")?.toLowerCase() ?? "";
        const mail = messages.findLast((m) => m.to.includes(to));
        if (!mail) return send(res, 404, { message: `no mail to ${to}` });
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        return res.end(formatMail(mail));
      }
      return send(res, 404, { message: "not found" });
    } catch (err) {
      return send(res, 400, { message: (err as Error).message });
    }
  });
  return listenLocal(server, opts.port);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const apiKey = process.env.RESEND_API_KEY ?? "dev";
  const sink = await startMailSink({ port: Number(process.argv[2] ?? 0), apiKey });
  console.log(
    `mail sink on ${sink.url} (POST /emails with Bearer ${apiKey}, GET /messages?to=..., GET /latest?to=...)`,
  );
}
