// Webhook deliveries as GitHub sends them (https://docs.github.com/en/webhooks/webhook-events-and-payloads#delivery-headers):
// a POST of the JSON payload with X-GitHub-Event, X-GitHub-Delivery (a GUID), X-GitHub-Hook-ID,
// User-Agent GitHub-Hookshot/<id>, and, when the hook has a secret, X-Hub-Signature-256
// "sha256=" + hex HMAC-SHA256 of the raw body (https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries)
// and the legacy SHA-1 X-Hub-Signature. A redelivery sends the same delivery GUID again
// (https://docs.github.com/en/webhooks/using-webhooks/best-practices-for-using-webhooks#use-the-x-github-delivery-header).
import { createHmac, randomUUID } from "node:crypto";

export interface Hook {
  id: number;
  /** "owner/name" */
  repo: string;
  url: string;
  secret?: string;
  /** Event names, or ["*"] for all (https://docs.github.com/en/webhooks/webhook-events-and-payloads). */
  events: string[];
  /** A GitHub App's webhook (X-GitHub-Hook-Installation-Target-Type: integration); else the repository's. */
  target?: { type: "integration"; id: number };
}

export interface Delivery {
  /** X-GitHub-Delivery */
  guid: string;
  hook: Hook;
  event: string;
  repositoryId: number;
  action: string | null;
  /** The exact bytes sent (and signed). */
  body: string;
  attempts: { at: string; status: number | null; error: string | null; redelivery: boolean }[];
}

export function sign(secret: string, body: string, algorithm: "sha256" | "sha1"): string {
  return `${algorithm}=${createHmac(algorithm, secret).update(body).digest("hex")}`;
}

export async function send(hook: Hook, delivery: Delivery, redelivery: boolean): Promise<void> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": `GitHub-Hookshot/${hook.id.toString(16).padStart(7, "0")}`,
    "x-github-event": delivery.event,
    "x-github-delivery": delivery.guid,
    "x-github-hook-id": String(hook.id),
    "x-github-hook-installation-target-type": hook.target?.type ?? "repository",
    "x-github-hook-installation-target-id": String(hook.target?.id ?? delivery.repositoryId),
  };
  if (hook.secret) {
    headers["x-hub-signature-256"] = sign(hook.secret, delivery.body, "sha256");
    headers["x-hub-signature"] = sign(hook.secret, delivery.body, "sha1");
  }
  const attempt = {
    at: new Date().toISOString(),
    status: null as number | null,
    error: null as string | null,
    redelivery,
  };
  delivery.attempts.push(attempt);
  try {
    // GitHub gives up on a delivery after 10 seconds (https://docs.github.com/en/webhooks/using-webhooks/handling-webhook-deliveries#respond-within-10-seconds).
    const res = await fetch(hook.url, {
      method: "POST",
      headers,
      body: delivery.body,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    attempt.status = res.status;
  } catch (err) {
    attempt.error = (err as Error).message;
  }
}

export function newDelivery(hook: Hook, event: string, payload: Record<string, unknown>): Delivery {
  return {
    guid: randomUUID(),
    hook,
    repositoryId: Number((payload.repository as { id?: unknown } | undefined)?.id ?? 0),
    event,
    action: typeof payload.action === "string" ? payload.action : null,
    body: JSON.stringify(payload),
    attempts: [],
  };
}
