import { type SQL, sql } from "drizzle-orm";
import { audit } from "../audit";
import { qualified } from "../platform/db/raw";
import { type Phase, phaseHistory, projects } from "../platform/db/schema";
import type { EventOrigin } from "../platform/http/origin";
import { accessibleProject } from "../projects";
import { webhookEvent } from "../webhooks";

/**
 * The gate.passed audit row and webhook event of an advance, written only when the project moved (in the
 * advance's batch): by a person (the advance route) or by a run (the generator, as the run's owner).
 */
export function gatePassedEvents(origin: EventOrigin, userId: SQL, id: string, from: Phase) {
  const h = phaseHistory;
  const project = sql`(select ${qualified(projects.id)} from ${projects} where ${accessibleProject(id, userId, "project:read")})`;
  const workspace = sql`(select ${qualified(projects.workspaceId)} from ${projects} where ${accessibleProject(id, userId, "project:read")})`;
  const moved = sql`exists (select 1 from ${h} where ${qualified(h.projectId)} = ${project} and ${qualified(h.fromPhase)} = ${from}
    and ${qualified(h.transitionedAt)} = now())`;
  return {
    passedAudit: audit(origin, {
      action: "gate.passed",
      actor: userId,
      workspace,
      target: { type: "project", id: project },
      data: { from },
      when: moved,
    }),
    passedHook: webhookEvent(origin, {
      type: "gate.passed",
      workspace,
      data: sql`jsonb_build_object('projectId', ${project}, 'from', ${from}::text)`,
      when: moved,
    }),
  };
}
