// GitHub's webhooks, received: POST /api/github/webhooks/{projectId} (the repository webhook a token
// connection adds, signed with the project's derived secret) and POST /api/github/webhooks (the GitHub
// App's webhook, signed with GITHUB_WEBHOOK_SECRET). Public routes: GitHub signs, nobody signs in.
//
// Before the signature is known a request costs at most its body limit and one HMAC: the body is bounded
// (413 from Content-Length before it is read), the headers are checked, `X-Hub-Signature-256` is verified
// over the raw body, and only then is the JSON parsed and the database touched, in one round trip that
// records the delivery by its id and applies its effect only the first time (webhook-queries.ts).
// No per-address rate limit: every delivery comes from GitHub's few hook addresses, shared by all its
// customers, so a limit per address would refuse our own deliveries, and an unsigned request is refused
// before any database work.
import { z } from "@hono/zod-openapi";
import { verify } from "@octokit/webhooks-methods";
import type { Context } from "hono";
import { getGithubConfig } from "../platform/config-github";
import { batch } from "../platform/db/batch";
import { MiB } from "../platform/http/body-limit";
import type { AppEnv } from "../platform/http/context";
import { ApiError } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { nudgeGithub } from "./nudge";
import { projectWebhookSecret } from "./secrets";
import { readDelivery } from "./webhook-events";
import { type DeliveryTarget, recordDelivery } from "./webhook-queries";

/** A webhook's body limit: GitHub allows 25 MB, but the events used are small. */
const WEBHOOK_BODY_LIMIT = {
  bytes: MiB,
  why: "a push of 20 commits and their paths, or an issue or pull request with its body (GitHub allows 25 MB)",
};

const DeliveryHeaders = z.object({
  "x-github-event": z
    .string()
    .regex(/^[a-z_]{1,64}$/)
    .openapi({ description: "The event (`issues`, `pull_request`, `push`, `ping`, …)", example: "issues" }),
  "x-github-delivery": z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .openapi({
      description: "The delivery's GUID: a redelivery carries the same one",
      example: "72d3162e-cc78-11e3-81ab-4c9367dc0958",
    }),
  "x-hub-signature-256": z.string().optional().openapi({
    description:
      "`sha256=` and the hex HMAC-SHA256 of the raw body under the webhook's secret (401 when missing or wrong)",
    example: "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
  }),
});

const ProjectWebhookParams = z.object({
  projectId: z.uuid().openapi({ param: { name: "projectId", in: "path" }, description: "The connected project's id" }),
});

const DeliveryAnswer = z
  .object({
    delivery: z.string().openapi({ description: "The X-GitHub-Delivery received" }),
    duplicate: z.boolean().openapi({ description: "A delivery seen before: nothing was applied again" }),
    outcome: z.record(z.string(), z.unknown()).openapi({
      description:
        "What the delivery changed (`{issue, state, tasks}`, `{pull, mergedSha, recorded}`, `{ref, after, checkDrift}`) or why nothing (`{ignored}`)",
    }),
  })
  .openapi("GithubDeliveryAnswer");

const common = {
  tags: ["github"],
  method: "post",
  roundTrips: 1,
  auth: "public",
  bodyLimit: WEBHOOK_BODY_LIMIT,
  responses: { 200: jsonResponse("The delivery, recorded (and applied once)", DeliveryAnswer) },
  errors: ["validation_failed", "unauthorized", "bad_request", "github_not_configured"],
} as const;

const projectWebhook = defineRoute({
  ...common,
  operationId: "receiveGithubRepositoryWebhook",
  summary: "Receive a repository webhook of a project's GitHub connection",
  description:
    "GitHub's repository webhook for a project connected with a token: `issues` closed/reopened set the task's issue state, `pull_request` merged records the spec's merge commit, a `push` touching the connection's folder queues a drift check. Needs no sign-in: `X-Hub-Signature-256` must verify under the project's webhook secret; a delivery id seen before is answered, not applied again.",
  path: "/api/github/webhooks/{projectId}",
  request: { params: ProjectWebhookParams, headers: DeliveryHeaders },
});

const appWebhook = defineRoute({
  ...common,
  operationId: "receiveGithubAppWebhook",
  summary: "Receive the GitHub App's webhook",
  description:
    "The GitHub App's webhook: the events of every repository it is installed on, matched to a connected project by the payload's repository and installation, with the effects of the repository webhook. Needs no sign-in: `X-Hub-Signature-256` must verify under GITHUB_WEBHOOK_SECRET; a delivery id seen before is answered, not applied again.",
  path: "/api/github/webhooks",
  request: { headers: DeliveryHeaders },
});

const SIGNATURE = /^sha256=[0-9a-f]{64}$/i;

/** The raw body once its signature verifies under `secret`, else 401; the HMAC is the only work done. */
async function verifiedBody(c: Context<AppEnv>, secret: string): Promise<string> {
  const signature = c.req.header("x-hub-signature-256");
  if (!signature || !SIGNATURE.test(signature)) {
    throw new ApiError("unauthorized", "X-Hub-Signature-256 is missing or not a sha256 signature");
  }
  const body = await c.req.text();
  if (body === "" || !(await verify(secret, body, signature))) {
    throw new ApiError("unauthorized", "X-Hub-Signature-256 does not match the body");
  }
  return body;
}

function webhookSecret(c: Context<AppEnv>): string {
  const secret = getGithubConfig(c.env).GITHUB_WEBHOOK_SECRET;
  if (!secret) throw new ApiError("github_not_configured", "GITHUB_WEBHOOK_SECRET is not set: webhooks are refused");
  return secret;
}

/** The verified delivery parsed, recorded and applied once: the route's one round trip. */
async function receive(
  c: Context<AppEnv>,
  secret: string,
  targetOf: (d: ReturnType<typeof readDelivery>) => DeliveryTarget,
) {
  const event = c.req.header("x-github-event") as string;
  const deliveryId = c.req.header("x-github-delivery") as string;
  const body = await verifiedBody(c, secret);
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    throw new ApiError("bad_request", "the payload is not JSON (set the webhook's content type to application/json)");
  }
  const delivery = readDelivery(event, payload);
  const { recorded } = await batch(c.var.db, {
    recorded: recordDelivery(c.var.db, { deliveryId, event, target: targetOf(delivery), effect: delivery.effect }),
  });
  const row = recorded.rows[0];
  // A drift check was queued: its run starts now, not at the next cron minute.
  if (row?.fresh && row.outcome.checkDrift === true && row.project_id) nudgeGithub(c, row.project_id);
  return c.json({ delivery: deliveryId, duplicate: !row?.fresh, outcome: row?.outcome ?? {} }, 200);
}

const receiveGithubRepositoryWebhook: Handler<typeof projectWebhook> = async (c) => {
  const { projectId } = c.req.valid("param");
  const secret = await projectWebhookSecret(webhookSecret(c), projectId);
  return receive(c, secret, (d) => ({ kind: "project", projectId, repository: d.repository }));
};

const receiveGithubAppWebhook: Handler<typeof appWebhook> = async (c) =>
  receive(c, webhookSecret(c), (d) => ({
    kind: "app",
    installationId: d.installationId,
    repository: d.repository,
  }));

export const githubWebhookRoutes = router()
  .openapi(projectWebhook, receiveGithubRepositoryWebhook)
  .openapi(appWebhook, receiveGithubAppWebhook);
