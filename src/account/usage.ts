// GET /api/me/usage: what the account uses of its quotas (docs/quotas.md), each against its limit:
// projects; per project its distinct artifacts and stored bytes; generation tokens this month (UTC),
// spent and reserved by active runs. The measures are the ones the quota checks use (storedBytes,
// usedThisMonth, reservedByActiveRuns), read in one round trip.
import { z } from "@hono/zod-openapi";
import { asc, eq, type SQL, sql } from "drizzle-orm";
import { storedBytes } from "../artifacts";
import { authed } from "../platform/auth/session";
import type { Db } from "../platform/db/client";
import { projectArtifacts, projects, usageMonth, users } from "../platform/db/schema";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { reservedByActiveRuns, usedThisMonth } from "../runs";

const Use = z.object({ used: z.number(), limit: z.number() }).openapi("QuotaUse");

const UsageSchema = z
  .object({
    projects: Use,
    byProject: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), artifacts: Use, bytes: Use })),
    generationTokens: z.object({ month: z.iso.date(), used: z.number(), reserved: z.number(), limit: z.number() }),
  })
  .openapi("Usage", {
    description:
      "Use of each quota (docs/quotas.md); byProject oldest first; generation tokens of `month` (its first day, UTC), spent and reserved by active runs",
  });

export const getUsage = defineRoute({
  operationId: "getUsage",
  description:
    "Reports the account's use of each quota against its limit, so a client can tell how much it may still create. Needs a session or an API key with `projects:read`.",
  tags: ["account"],
  summary: "The account's quota use against its limits: projects, artifacts and bytes per project, tokens this month",
  method: "get",
  path: "/api/me/usage",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  responses: { 200: jsonResponse("Usage", z.object({ usage: UsageSchema })) },
});

/** The user's projects with their distinct artifacts and stored bytes (the artifact quotas' measures). */
function projectUsage(db: Db, userId: SQL) {
  const a = projectArtifacts;
  // Raw: count(distinct (a, b)) and aggregate filters are beyond the builder (a project without artifacts counts 0).
  return db
    .select({
      id: projects.id,
      slug: projects.slug,
      name: projects.name,
      artifacts: sql<number>`(count(distinct (${a.phase}, ${a.artifactName})) filter (where ${a.id} is not null))::int`,
      bytes: sql<number>`coalesce(sum(${storedBytes(a)}), 0)::float8`,
    })
    .from(projects)
    .leftJoin(a, eq(a.projectId, projects.id))
    .where(eq(projects.userId, userId))
    .groupBy(projects.id)
    .orderBy(asc(projects.createdAt), asc(projects.id));
}

/** This month's tokens (the monthly quota's measures): one row, the user's. */
function tokenUse(db: Db, userId: SQL) {
  return db
    .select({
      month: sql<string>`${usageMonth}::text`,
      used: sql<number>`${usedThisMonth(userId)}::float8`,
      reserved: sql<number>`${reservedByActiveRuns(userId)}::float8`,
    })
    .from(users)
    .where(eq(users.id, userId));
}

export const getUsageHandler: Handler<typeof getUsage> = async (c) => {
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => ({
    projects: projectUsage(db, userId),
    tokens: tokenUse(db, userId),
  }));
  const rows = results.projects;
  const [tokens] = results.tokens;
  const q = c.var.config;
  const usage = {
    projects: { used: rows.length, limit: q.QUOTA_PROJECTS_PER_USER },
    byProject: rows.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      artifacts: { used: p.artifacts, limit: q.QUOTA_ARTIFACTS_PER_PROJECT },
      bytes: { used: p.bytes, limit: q.QUOTA_BYTES_PER_PROJECT },
    })),
    generationTokens: {
      month: tokens?.month ?? "",
      used: tokens?.used ?? 0,
      reserved: tokens?.reserved ?? 0,
      limit: q.GENERATION_MONTHLY_TOKENS,
    },
  };
  return c.json({ usage }, 200);
};
