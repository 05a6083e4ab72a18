// A webhook subscriber for development and tests: receives Standard Webhooks deliveries and verifies
// them with the standardwebhooks package exactly as a real consumer would
// (spec: https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md).
// Each path POST /hooks/<endpoint> is an endpoint of its own (its secret, faults and events), so
// parallel tests do not share state. Control API:
//   POST /control/secret {endpoint?, secret}    the endpoint's signing secret (`whsec_...`); the
//                                               env var WEBHOOK_RECEIVER_SECRET is every endpoint's default
//   POST /control/faults {endpoint?, count, status, delayMs?}  answer the next `count` valid deliveries
//                                               with `status`, each after `delayMs` (a slow endpoint)
//   GET  /control/events?endpoint=<name>         what was received: verified events, and every answer given
// Run alone: `node tools/webhook-receiver.ts [port]` (npm run dev starts one on WEBHOOK_RECEIVER_PORT, 8026).

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { listenLocal } from "./listen.ts";

export interface ReceivedEvent {
  webhookId: string;
  timestamp: number;
  /** How many signatures webhook-signature carried (two while a rotated secret overlaps). */
  signatures: number;
  body: unknown;
  /** A webhook-id seen before on this endpoint (a retry or a redelivery). */
  duplicate: boolean;
  receivedAt: string;
}

export interface Answer {
  status: number;
  reason: string;
  webhookId: string | null;
  at: string;
}

interface Endpoint {
  secret?: string;
  faults: { count: number; status: number; delayMs: number };
  events: ReceivedEvent[];
  answers: Answer[];
}

export interface WebhookReceiver {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const DEFAULT_ENDPOINT = "default";

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startWebhookReceiver(
  opts: { port?: number; secret?: string; onEvent?: (endpoint: string, e: ReceivedEvent) => void } = {},
): Promise<WebhookReceiver> {
  const endpoints = new Map<string, Endpoint>();
  const endpoint = (name: string): Endpoint => {
    let e = endpoints.get(name);
    if (!e) {
      e = { secret: opts.secret, faults: { count: 0, status: 500, delayMs: 0 }, events: [], answers: [] };
      endpoints.set(name, e);
    }
    return e;
  };

  /** One delivery, checked as a consumer must before trusting it. */
  async function receive(name: string, req: IncomingMessage, res: ServerResponse) {
    const ep = endpoint(name);
    // "Signature scheme": the signature covers the body exactly as sent, so it is verified on the raw
    // text, never on JSON parsed and serialised again.
    const raw = await readBody(req);
    const headers = {
      "webhook-id": String(req.headers["webhook-id"] ?? ""),
      "webhook-timestamp": String(req.headers["webhook-timestamp"] ?? ""),
      "webhook-signature": String(req.headers["webhook-signature"] ?? ""),
    };
    const answer = (status: number, reason: string) => {
      ep.answers.push({ status, reason, webhookId: headers["webhook-id"] || null, at: new Date().toISOString() });
      return send(res, status, { status, reason });
    };
    if (!ep.secret) return answer(400, "no secret configured for this endpoint (POST /control/secret)");
    try {
      // "Webhook headers": webhook-id, webhook-timestamp (unix seconds) and webhook-signature (a
      // space-separated list: any one valid signature passes, which is what lets a sender rotate secrets).
      // "Verifying signatures": constant-time comparison, and a timestamp within the tolerance (5 minutes
      // in the package) against replays; both are the package's verify().
      new Webhook(ep.secret).verify(raw, headers);
    } catch (err) {
      const reason = err instanceof WebhookVerificationError ? err.message : `unverifiable: ${(err as Error).message}`;
      return answer(400, reason);
    }
    // Faults come after verification: a real endpoint that is down still gets a valid request.
    if (ep.faults.count > 0) {
      ep.faults.count--;
      if (ep.faults.delayMs) await new Promise((r) => setTimeout(r, ep.faults.delayMs));
      return answer(ep.faults.status, "fault injected");
    }
    const event: ReceivedEvent = {
      webhookId: headers["webhook-id"],
      timestamp: Number(headers["webhook-timestamp"]),
      signatures: headers["webhook-signature"].split(" ").filter(Boolean).length,
      body: JSON.parse(raw),
      // "Verifying signatures": webhook-id is the idempotency key (a retry carries the same one).
      duplicate: ep.events.some((e) => e.webhookId === headers["webhook-id"]),
      receivedAt: new Date().toISOString(),
    };
    ep.events.push(event);
    opts.onEvent?.(name, event);
    // "Delivery success and failure": any 2xx is success.
    return answer(204, "verified");
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://local");
    try {
      if (req.method === "POST" && url.pathname.startsWith("/hooks/")) {
        return await receive(decodeURIComponent(url.pathname.slice("/hooks/".length)) || DEFAULT_ENDPOINT, req, res);
      }
      if (req.method === "POST" && url.pathname === "/control/secret") {
        const b = JSON.parse(await readBody(req)) as { endpoint?: string; secret?: string };
        if (typeof b.secret !== "string" || !b.secret.startsWith("whsec_")) {
          return send(res, 400, { message: "`secret` must be a whsec_ secret" });
        }
        endpoint(b.endpoint ?? DEFAULT_ENDPOINT).secret = b.secret;
        return send(res, 200, { ok: true });
      }
      if (req.method === "POST" && url.pathname === "/control/faults") {
        const b = JSON.parse(await readBody(req)) as {
          endpoint?: string;
          count?: number;
          status?: number;
          delayMs?: number;
        };
        const status = b.status ?? 500;
        const delayMs = b.delayMs ?? 0;
        if (!Number.isInteger(b.count) || (b.count as number) < 0 || status < 100 || status > 599) {
          return send(res, 400, { message: "`count` (a whole number) and `status` (100-599) are required" });
        }
        if (!Number.isInteger(delayMs) || delayMs < 0 || delayMs > 60_000) {
          return send(res, 400, { message: "`delayMs` must be 0 to 60000" });
        }
        endpoint(b.endpoint ?? DEFAULT_ENDPOINT).faults = { count: b.count as number, status, delayMs };
        return send(res, 200, { ok: true });
      }
      if (req.method === "GET" && url.pathname === "/control/events") {
        const ep = endpoint(url.searchParams.get("endpoint") ?? DEFAULT_ENDPOINT);
        return send(res, 200, { events: ep.events, answers: ep.answers });
      }
      return send(res, 404, { message: "not found" });
    } catch (err) {
      return send(res, 400, { message: (err as Error).message });
    }
  });
  return listenLocal(server, opts.port);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await startWebhookReceiver({
    port: Number(process.argv[2] ?? 0),
    secret: process.env.WEBHOOK_RECEIVER_SECRET,
  });
  console.log(`webhook receiver on ${r.url}: subscribe ${r.url}/hooks/<name>; GET /control/events?endpoint=<name>`);
}
