// The review state in words and JSON: what a gate still misses ("1 of 2 approvals; approvers: reviewer,
// admin", "1 blocking thread open"), and why a caller may not approve. Read by the approve, advance and
// approvals routes, so each says it the same way.
import { z } from "@hono/zod-openapi";
import { ROLES } from "../platform/auth/roles";
import type { Approval } from "../platform/db/schema";
import { ApiError } from "../platform/http/errors";
import type { Policy, PolicySource, ReviewState } from "./queries";

/** Who counts as an approver under `p`, in words. */
export function approversText(p: Policy): string {
  const named = p.approverUserIds.length;
  const parts = [
    ...(p.approverRoles.length > 0 ? [p.approverRoles.join(", ")] : []),
    ...(named > 0 ? [`${named} named member${named === 1 ? "" : "s"}`] : []),
  ];
  return `${parts.length > 0 ? parts.join(" or ") : "nobody"}${p.allowAuthor ? "" : " (not the author)"}`;
}

/** What the gate still misses (empty: met). */
export function missing(s: ReviewState): string[] {
  const out: string[] = [];
  if (s.have < s.policy.requiredApprovals) {
    out.push(`${s.have} of ${s.policy.requiredApprovals} approvals; approvers: ${approversText(s.policy)}`);
  }
  if (s.policy.requireResolvedBlocking && s.openBlocking > 0) {
    out.push(`${s.openBlocking} blocking thread${s.openBlocking === 1 ? "" : "s"} open`);
  }
  return out;
}

export const PolicySchema = z
  .object({
    requiredApprovals: z.number().int().min(1).max(20),
    approverRoles: z.array(z.enum(ROLES)).max(ROLES.length),
    approverUserIds: z.array(z.uuid()).max(50),
    allowAuthor: z.boolean(),
    staleOnNewVersion: z.boolean(),
    requireResolvedBlocking: z.boolean(),
  })
  .openapi("ReviewPolicy");

export const ReviewStatusSchema = z
  .object({
    met: z.boolean(),
    have: z.number().int().openapi({ description: "Approvals that count now" }),
    required: z.number().int(),
    openBlockingThreads: z.number().int(),
    missing: z.array(z.string()).openapi({
      description: "What the gate still misses, in words",
      example: ["1 of 2 approvals; approvers: reviewer, admin", "1 blocking thread open"],
    }),
    policy: PolicySchema,
    source: z.enum(["project", "workspace", "default"]),
  })
  .openapi("ReviewStatus");

/** A review state as the API shows it. */
export function statusJson(s: ReviewState) {
  const { source, ...policy } = s.policy as Policy & { source: PolicySource };
  return {
    met: s.met,
    have: s.have,
    required: policy.requiredApprovals,
    openBlockingThreads: s.openBlocking,
    missing: missing(s),
    policy,
    source,
  };
}

/** Why the caller may not approve at `gate` under `policy` (403 approval_not_allowed). */
export function notAllowed(gate: Approval, check: { policy: Policy; isAuthor: boolean }) {
  if (check.isAuthor && !check.policy.allowAuthor) {
    return new ApiError(
      "approval_not_allowed",
      `the author cannot approve their own work: the ${gate} review policy excludes the author`,
    );
  }
  return new ApiError(
    "approval_not_allowed",
    `you are not an approver at the ${gate} gate: approvers are ${approversText(check.policy)}`,
  );
}
