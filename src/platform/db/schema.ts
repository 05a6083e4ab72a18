import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import {
  APPROVALS,
  type Approval,
  type ApprovalFlag,
  approvalFlag,
  PHASES,
  type Phase,
} from "../../spec-engine/phases";
import type { TraceIds } from "../../spec-engine/trace-ids";
import type { MatrixFacts } from "../../spec-engine/traceability";
import type { Finding } from "../../spec-engine/types";
import { ROLES, type Role } from "../auth/roles";

export { APPROVALS, type Approval, type ApprovalFlag, approvalFlag, PHASES, type Phase };

export const VALIDATION_STATUSES = ["pending", "pass", "warn", "fail"] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];

const phaseList = sql.raw(PHASES.map((p) => `'${p}'`).join(", "));
const statusList = sql.raw(VALIDATION_STATUSES.map((s) => `'${s}'`).join(", "));

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    // Stored trimmed and lowercased; the unique index on lower(email) enforces it in SQL too.
    email: varchar("email", { length: 255 }).notNull(),
    passwordHash: text("password_hash").notNull(),
    name: varchar("name", { length: 255 }).notNull(),
    emailVerified: boolean("email_verified").notNull().default(false),
    // Only SHA-256 hex digests of tokens are stored, never the tokens.
    emailVerificationTokenHash: varchar("email_verification_token_hash", { length: 64 }),
    emailVerificationExpiresAt: timestamp("email_verification_expires_at", { withTimezone: true }),
    passwordResetTokenHash: varchar("password_reset_token_hash", { length: 64 }),
    passwordResetExpiresAt: timestamp("password_reset_expires_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`),
    uniqueIndex("users_email_verification_token_unique").on(t.emailVerificationTokenHash),
    uniqueIndex("users_password_reset_token_unique").on(t.passwordResetTokenHash),
    // Partial indexes: the cleanup job scans only rows that still hold a token.
    index("users_email_verification_expires_idx")
      .on(t.emailVerificationExpiresAt)
      .where(sql`${t.emailVerificationExpiresAt} is not null`),
    index("users_password_reset_expires_idx")
      .on(t.passwordResetExpiresAt)
      .where(sql`${t.passwordResetExpiresAt} is not null`),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: varchar("token_hash", { length: 64 }).notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    userAgent: varchar("user_agent", { length: 512 }),
    ip: varchar("ip", { length: 64 }),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_sessions_user_id_idx").on(t.userId), index("auth_sessions_expires_at_idx").on(t.expiresAt)],
);

/** What an API key may do; each route declares the scopes it needs (src/platform/http/route.ts). */
export const API_KEY_SCOPES = [
  "projects:read",
  "projects:write",
  "artifacts:write",
  "gates:approve",
  "runs:write",
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
const scopeList = sql.raw(API_KEY_SCOPES.map((s) => `'${s}'`).join(", "));

/**
 * Personal access tokens: `sd_` + 256 random bits, stored only as the SHA-256 (hex) of the whole
 * secret. Revoking deletes the row. `prefix` is the first characters of the secret, shown in lists so a user can tell keys apart.
 */
export const API_KEY_KINDS = ["key", "connection"] as const;
export type ApiKeyKind = (typeof API_KEY_KINDS)[number];

export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 100 }).notNull(),
    prefix: varchar("prefix", { length: 16 }).notNull(),
    tokenHash: varchar("token_hash", { length: 64 }).notNull().unique(),
    scopes: text("scopes").array().$type<ApiKeyScope[]>().notNull(),
    /** `key`: made by its user; `connection`: made by approving an OAuth client (src/mcp/grant.ts). */
    kind: varchar("kind", { length: 16, enum: API_KEY_KINDS }).notNull().default("key"),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [
    index("api_keys_user_created_idx").on(t.userId, t.createdAt),
    // The cleanup job scans only keys that can expire.
    index("api_keys_expires_at_idx").on(t.expiresAt).where(sql`${t.expiresAt} is not null`),
    check("api_keys_scopes_valid", sql`${t.scopes} <@ array[${scopeList}]::text[] and cardinality(${t.scopes}) > 0`),
  ],
);

export const rateLimitLog = pgTable(
  "rate_limit_log",
  {
    // e.g. "ip:203.0.113.7" or "email:<sha256>"; the key lets one upsert count atomically.
    identifier: varchar("identifier", { length: 255 }).notNull(),
    endpoint: varchar("endpoint", { length: 64 }).notNull(),
    attempts: integer("attempts").notNull().default(1),
    resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.endpoint] }), index("rate_limit_log_reset_at_idx").on(t.resetAt)],
);

/**
 * The most common passwords (src/platform/auth/common-passwords.ts), as the first 64 bits of the SHA-256 of
 * each lowercased password, read as a signed bigint. Filled by a data migration from committed data.
 */
export const commonPasswords = pgTable("common_passwords", {
  digest: bigint("digest", { mode: "bigint" }).primaryKey(),
});

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    /**
     * The project's creator (its author for review policies); a slug names a project among its creator's.
     * Null once the creator's account is deleted: the project stays with its workspace.
     */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** Who may see and change it: the workspace's members, by role (src/platform/auth/roles.ts). */
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    slug: varchar("slug", { length: 255 }).notNull(),
    name: varchar("name", { length: 255 }).notNull(),
    description: text("description").notNull().default(""),
    idea: text("idea").notNull().default(""),
    currentPhase: varchar("current_phase", { length: 32, enum: PHASES }).notNull().default("analysis"),
    phasesCompleted: jsonb("phases_completed").$type<Phase[]>().notNull().default(sql`'[]'::jsonb`),
    stackChoice: varchar("stack_choice", { length: 100 }),
    stackApproved: boolean("stack_approved").notNull().default(false),
    /** Why the stack was approved off the scorecard's options (null when it is one of them). */
    stackOverrideReason: text("stack_override_reason"),
    dependenciesApproved: boolean("dependencies_approved").notNull().default(false),
    // Who approved and when: HANDOFF.md lists the approvals (null on rows approved before these columns).
    stackApprovedBy: uuid("stack_approved_by").references(() => users.id, { onDelete: "set null" }),
    stackApprovedAt: timestamp("stack_approved_at", { withTimezone: true }),
    dependenciesApprovedBy: uuid("dependencies_approved_by").references(() => users.id, { onDelete: "set null" }),
    dependenciesApprovedAt: timestamp("dependencies_approved_at", { withTimezone: true }),
    /** Percentage of requirements tasks must cover to enter `done` (src/phases/gates.ts). */
    coverageThreshold: integer("coverage_threshold").notNull().default(100),
    githubRepoUrl: varchar("github_repo_url", { length: 2048 }),
    orchestrationState: jsonb("orchestration_state")
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("projects_user_slug_unique").on(t.userId, t.slug),
    index("projects_user_created_idx").on(t.userId, t.createdAt, t.id),
    index("projects_user_updated_idx").on(t.userId, t.updatedAt, t.id),
    index("projects_user_name_idx").on(t.userId, t.name, t.id),
    check("projects_current_phase_valid", sql`${t.currentPhase} in (${phaseList})`),
    index("projects_stack_approved_by_idx").on(t.stackApprovedBy),
    index("projects_dependencies_approved_by_idx").on(t.dependenciesApprovedBy),
    index("projects_workspace_created_idx").on(t.workspaceId, t.createdAt, t.id),
    check("projects_coverage_threshold_range", sql`${t.coverageThreshold} between 0 and 100`),
  ],
);

const roleList = sql.raw(ROLES.map((r) => `'${r}'`).join(", "));

/**
 * A workspace: its members see and change its projects by role. Every user has one personal workspace
 * (`personal`, created with the user by the users_personal_workspace trigger, drizzle/0011_teams.sql).
 */
export const workspaces = pgTable(
  "workspaces",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    name: varchar("name", { length: 255 }).notNull(),
    personal: boolean("personal").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("workspaces_personal_unique").on(t.createdBy).where(sql`${t.personal}`)],
);

export const workspaceMembers = pgTable(
  "workspace_members",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: varchar("role", { length: 16, enum: ROLES }).$type<Role>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    index("workspace_members_user_idx").on(t.userId, t.workspaceId),
    check("workspace_members_role_valid", sql`${t.role} in (${roleList})`),
  ],
);

/** An invitation by email: only the token's SHA-256 is stored; accepted or revoked once. */
export const workspaceInvitations = pgTable(
  "workspace_invitations",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    // Stored trimmed and lowercased, like users.email.
    email: varchar("email", { length: 255 }).notNull(),
    role: varchar("role", { length: 16, enum: ROLES }).$type<Role>().notNull(),
    tokenHash: varchar("token_hash", { length: 64 }).notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("workspace_invitations_token_unique").on(t.tokenHash),
    // One open invitation per address and workspace.
    uniqueIndex("workspace_invitations_open_unique")
      .on(t.workspaceId, t.email)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    check("workspace_invitations_role_valid", sql`${t.role} in (${roleList})`),
  ],
);

/** The gates a review policy governs: the approvals, and change requests once they exist. */
export const REVIEW_GATES = [...APPROVALS, "change_request"] as const;
export type ReviewGate = (typeof REVIEW_GATES)[number];
const gateList = sql.raw(REVIEW_GATES.map((g) => `'${g}'`).join(", "));

/**
 * Who must approve at a gate: per workspace (project_id null) with a per-project override. Without a
 * row, the default policy applies (src/reviews).
 */
export const reviewPolicies = pgTable(
  "review_policies",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    projectId: uuid("project_id").references(() => projects.id, { onDelete: "cascade" }),
    gate: varchar("gate", { length: 32, enum: REVIEW_GATES }).notNull(),
    requiredApprovals: integer("required_approvals").notNull().default(1),
    /** Roles whose approvals count; empty: none by role (named members only). */
    approverRoles: jsonb("approver_roles").$type<Role[]>().notNull().default(sql`'[]'::jsonb`),
    /** Members whose approvals count whatever their role. */
    approverUserIds: jsonb("approver_user_ids").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    allowAuthor: boolean("allow_author").notNull().default(false),
    /** A new version of an approved document after the approval makes that approval stale. */
    staleOnNewVersion: boolean("stale_on_new_version").notNull().default(true),
    /** Threads marked blocking must be resolved before the gate passes. */
    requireResolvedBlocking: boolean("require_resolved_blocking").notNull().default(false),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("review_policies_scope_unique").on(t.workspaceId, t.projectId, t.gate).nullsNotDistinct(),
    index("review_policies_project_idx").on(t.projectId),
    check("review_policies_gate_valid", sql`${t.gate} in (${gateList})`),
    check("review_policies_required_range", sql`${t.requiredApprovals} between 1 and 20`),
  ],
);

/** One member's approval at a gate, with the document versions (content hashes) it approved. */
export const approvals = pgTable(
  "approvals",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    gate: varchar("gate", { length: 32, enum: REVIEW_GATES }).notNull(),
    /** The change request approved (gate change_request); null for the phase gates. */
    subjectId: uuid("subject_id"),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** `phase/name` -> content hash of each latest document the approver saw. */
    versionHashes: jsonb("version_hashes").$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [
    index("approvals_project_gate_idx").on(t.projectId, t.gate, t.createdAt),
    index("approvals_user_idx").on(t.userId),
    check("approvals_gate_valid", sql`${t.gate} in (${gateList})`),
  ],
);

export const THREAD_STATUSES = ["open", "resolved"] as const;

/** A comment thread on one document version, optionally on a requirement id or a line range. */
export const commentThreads = pgTable(
  "comment_threads",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    artifactId: uuid("artifact_id")
      .notNull()
      .references(() => projectArtifacts.id, { onDelete: "cascade" }),
    requirementId: varchar("requirement_id", { length: 64 }),
    lineStart: integer("line_start"),
    lineEnd: integer("line_end"),
    blocking: boolean("blocking").notNull().default(false),
    status: varchar("status", { length: 16, enum: THREAD_STATUSES }).notNull().default("open"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("comment_threads_project_idx").on(t.projectId, t.createdAt, t.id),
    index("comment_threads_artifact_idx").on(t.artifactId),
    check(
      "comment_threads_lines",
      sql`${t.lineStart} is null or (${t.lineStart} >= 1 and ${t.lineEnd} >= ${t.lineStart})`,
    ),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => commentThreads.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    /** The members `@`-mentioned in the body (user ids). */
    mentions: jsonb("mentions").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: createdAt(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("comments_thread_idx").on(t.threadId, t.createdAt, t.id)],
);

/** The kinds of notification mail, each with its own unsubscribe. */
export const NOTIFICATION_KINDS = ["invitation", "review_request", "mention", "decision"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A user's opt-out of one kind of notification mail. */
export const notificationOptOuts = pgTable(
  "notification_opt_outs",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 32, enum: NOTIFICATION_KINDS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** An outbound webhook: events of the listed types, signed per Standard Webhooks with its secret. */
export const webhookSubscriptions = pgTable(
  "webhook_subscriptions",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    url: varchar("url", { length: 2048 }).notNull(),
    eventTypes: jsonb("event_types").$type<string[]>().notNull(),
    /** `whsec_` + base64 key. */
    secret: text("secret").notNull(),
    /** The secret before the last rotation, still signed with until previous_secret_expires_at. */
    previousSecret: text("previous_secret"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at", { withTimezone: true }),
    active: boolean("active").notNull().default(true),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("webhook_subscriptions_workspace_idx").on(t.workspaceId, t.createdAt, t.id)],
);

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;

/** One event to one subscription: the outbox row written with the event, then the delivery log. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: "cascade" }),
    /** The Standard Webhooks `webhook-id` (the same on every attempt and redelivery of this event). */
    eventId: varchar("event_id", { length: 64 }).notNull(),
    eventType: varchar("event_type", { length: 64 }).notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: varchar("status", { length: 16, enum: DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("webhook_deliveries_subscription_idx").on(t.subscriptionId, t.createdAt, t.id),
    index("webhook_deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);

/** Append-only: security and decision events, written in the same batch as the event. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    /** Null for account events (sign-in, password change...), which concern the user, not a workspace. */
    workspaceId: uuid("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** The API key the actor used, if any. */
    actorKeyId: uuid("actor_key_id"),
    action: varchar("action", { length: 64 }).notNull(),
    targetType: varchar("target_type", { length: 32 }),
    targetId: varchar("target_id", { length: 255 }),
    requestId: varchar("request_id", { length: 64 }),
    ip: varchar("ip", { length: 64 }),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_workspace_idx").on(t.workspaceId, t.createdAt, t.id),
    index("audit_events_actor_idx").on(t.actorUserId, t.createdAt, t.id),
    index("audit_events_created_idx").on(t.createdAt),
  ],
);

export const phaseHistory = pgTable(
  "phase_history",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    fromPhase: varchar("from_phase", { length: 32, enum: PHASES }).notNull(),
    toPhase: varchar("to_phase", { length: 32, enum: PHASES }).notNull(),
    artifactsGenerated: jsonb("artifacts_generated").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    validationPassed: boolean("validation_passed"),
    tokensUsed: integer("tokens_used"),
    // mode "number": at most 12 significant digits, which a double holds exactly (the API speaks numbers).
    costEstimateUsd: numeric("cost_estimate_usd", { precision: 12, scale: 4, mode: "number" }),
    /** Leaving stack_selection: the approval's override reason, when the stack is not a scorecard option. */
    stackOverrideReason: text("stack_override_reason"),
    transitionedBy: uuid("transitioned_by").references(() => users.id, { onDelete: "set null" }),
    transitionedAt: timestamp("transitioned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A phase is left once per project: a second history row for it cannot exist.
    unique("phase_history_project_from_unique").on(t.projectId, t.fromPhase),
    index("phase_history_project_time_idx").on(t.projectId, t.transitionedAt),
    index("phase_history_transitioned_by_idx").on(t.transitionedBy),
    check("phase_history_from_valid", sql`${t.fromPhase} in (${phaseList})`),
    check("phase_history_to_valid", sql`${t.toPhase} in (${phaseList})`),
  ],
);

export const projectArtifacts = pgTable(
  "project_artifacts",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    phase: varchar("phase", { length: 32, enum: PHASES }).notNull(),
    artifactName: varchar("artifact_name", { length: 255 }).notNull(),
    version: integer("version").notNull(),
    content: text("content").notNull(),
    fileSize: integer("file_size").notNull(),
    contentHash: varchar("content_hash", { length: 64 }).notNull(),
    frontmatter: jsonb("frontmatter").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    validationStatus: varchar("validation_status", { length: 16, enum: VALIDATION_STATUSES })
      .notNull()
      .default("pending"),
    /** The server's findings (src/spec-engine/validate.ts), computed on write; never set by clients. */
    validationErrors: jsonb("validation_errors").$type<Finding[]>().notNull().default(sql`'[]'::jsonb`),
    /**
     * What this version contributes to the cross-document checks, extracted on write (src/spec-engine/trace-ids.ts):
     * requirement ids defined, referenced and linked, declared links, dependencies and SBOM components. What the
     * gates read in SQL (coverage, src/artifacts/cross-findings.ts), without the contents.
     */
    traceIds: jsonb("trace_ids").$type<TraceIds>().notNull().default(sql`'{}'::jsonb`),
    /**
     * What the traceability matrix reads of this version (src/spec-engine/traceability.ts, matrixFacts), extracted on
     * write so that reads parse no document. NULL on versions stored before it existed: those are parsed on read.
     */
    matrixFacts: jsonb("matrix_facts").$type<MatrixFacts>(),
    qualityScore: integer("quality_score"),
    /** Not a document of the phase's template: stored as-is, only generic checks. */
    extraFile: boolean("extra_file").notNull().default(false),
    /**
     * The requirement revisions this version was built on: requirement id -> its revision current when the version
     * was stored (the requirements it references; for PRD.md, those it defines). Read by a change request's impact.
     */
    requirementRevisions: jsonb("requirement_revisions")
      .$type<Record<string, number>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("project_artifacts_version_unique").on(t.projectId, t.phase, t.artifactName, t.version),
    check("project_artifacts_phase_valid", sql`${t.phase} in (${phaseList})`),
    check("project_artifacts_status_valid", sql`${t.validationStatus} in (${statusList})`),
    check("project_artifacts_quality_range", sql`${t.qualityScore} between 0 and 100`),
    check("project_artifacts_version_positive", sql`${t.version} > 0`),
  ],
);

/** A generation run's states; the first five are "active" (at most one per project). */
export const RUN_STATUSES = [
  "queued",
  "running",
  "waiting_for_approval",
  "needs_attention",
  "paused",
  "completed",
  "failed",
  "cancelled",
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const ACTIVE_RUN_STATUSES = RUN_STATUSES.slice(0, 5) as readonly RunStatus[];

const runStatusList = sql.raw(RUN_STATUSES.map((s) => `'${s}'`).join(", "));
const activeRunStatusList = sql.raw(ACTIVE_RUN_STATUSES.map((s) => `'${s}'`).join(", "));

/** An artifact version a run produced. */
export interface ProducedArtifact {
  phase: Phase;
  name: string;
  version: number;
}

/** Why a run stopped or needs a person: a code, a message, and the spec engine's findings if any. */
export interface RunError {
  code: string;
  message: string;
  artifact?: string;
  findings?: unknown[];
}

// A generation run: the API creates the row and the Workflow instance (instance id = run
// id); the workflow keeps the row current as it goes, so every read is one query.
export const generationRuns = pgTable(
  "generation_runs",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** A run scoped to a change request drafts only its affected documents, proposed under it. */
    changeRequestId: uuid("change_request_id").references(() => changeRequests.id, { onDelete: "cascade" }),
    // Who started it: the per-user cap on concurrent runs counts by this column.
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: varchar("status", { length: 32, enum: RUN_STATUSES }).notNull().default("queued"),
    targetPhase: varchar("target_phase", { length: 32, enum: PHASES }).notNull().default("done"),
    /** The phase and artifact it is on (null before the first step and after the end). */
    phase: varchar("phase", { length: 32, enum: PHASES }),
    artifact: varchar("artifact", { length: 255 }),
    produced: jsonb("produced").$type<ProducedArtifact[]>().notNull().default(sql`'[]'::jsonb`),
    tokensIn: integer("tokens_in").notNull().default(0),
    tokensOut: integer("tokens_out").notNull().default(0),
    costUsd: numeric("cost_usd", { precision: 12, scale: 6 }).notNull().default("0"),
    /** Tokens in + out the run may spend; it stops needs_attention before exceeding it. */
    tokenBudget: integer("token_budget").notNull(),
    lastError: jsonb("last_error").$type<RunError>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    // One active run per project, enforced by the database: a second start hits this index (409).
    uniqueIndex("generation_runs_one_active_per_project")
      .on(t.projectId)
      .where(sql`${t.status} in (${activeRunStatusList})`),
    index("generation_runs_project_created_idx").on(t.projectId, t.createdAt, t.id),
    index("generation_runs_change_request_idx").on(t.changeRequestId),
    // The per-user cap counts active runs only.
    index("generation_runs_user_active_idx").on(t.userId).where(sql`${t.status} in (${activeRunStatusList})`),
    check("generation_runs_status_valid", sql`${t.status} in (${runStatusList})`),
    check("generation_runs_target_phase_valid", sql`${t.targetPhase} in (${phaseList})`),
    check("generation_runs_phase_valid", sql`${t.phase} is null or ${t.phase} in (${phaseList})`),
    check("generation_runs_tokens_nonnegative", sql`${t.tokensIn} >= 0 and ${t.tokensOut} >= 0`),
    check("generation_runs_budget_positive", sql`${t.tokenBudget} > 0`),
  ],
);

// The writes of a run's steps, keyed by run and step: a Workflow step retried after its write went
// through inserts nothing the second time (insert ... on conflict do nothing, in the same batch as
// the artifact version it records), so a retry never creates a second artifact version.
export const generationRunSteps = pgTable(
  "generation_run_steps",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => generationRuns.id, { onDelete: "cascade" }),
    /** The Workflow step's name, e.g. "spec/PRD.md/try-1/store". */
    stepKey: varchar("step_key", { length: 255 }).notNull(),
    artifactId: uuid("artifact_id").references(() => projectArtifacts.id, { onDelete: "set null" }),
    tokensIn: integer("tokens_in").notNull().default(0),
    tokensOut: integer("tokens_out").notNull().default(0),
    costUsd: numeric("cost_usd", { precision: 12, scale: 6 }).notNull().default("0"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.stepKey] }), index("generation_run_steps_artifact_idx").on(t.artifactId)],
);

/**
 * Tokens an account's runs spent per calendar month (UTC), added as each step's row is first
 * inserted (a retried step adds nothing). Kept apart from the runs: deleting a project (and its
 * runs) does not give its month's spend back.
 */
export const tokenUsage = pgTable(
  "token_usage",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The first day of the month (UTC). */
    month: date("month").notNull(),
    tokens: bigint("tokens", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.month] }), check("token_usage_tokens_nonnegative", sql`${t.tokens} >= 0`)],
);

/** The current month's key in token_usage: its first day (UTC). */
export const usageMonth = sql`date_trunc('month', now(), 'UTC')::date`;

/**
 * The owner's acceptance of a named finding: rule `ruleId` on artifact (phase, artifactName) no longer blocks
 * the gate. Recorded with who and when; the server's findings themselves are never overwritten.
 */
export const artifactWaivers = pgTable(
  "artifact_waivers",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    phase: varchar("phase", { length: 32, enum: PHASES }).notNull(),
    artifactName: varchar("artifact_name", { length: 255 }).notNull(),
    ruleId: varchar("rule_id", { length: 64 }).notNull(),
    reason: text("reason").notNull(),
    waivedBy: uuid("waived_by").references(() => users.id, { onDelete: "set null" }),
    waivedAt: timestamp("waived_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("artifact_waivers_finding_unique").on(t.projectId, t.phase, t.artifactName, t.ruleId),
    index("artifact_waivers_waived_by_idx").on(t.waivedBy),
    check("artifact_waivers_phase_valid", sql`${t.phase} in (${phaseList})`),
    check("artifact_waivers_reason_present", sql`length(${t.reason}) > 0`),
  ],
);

export const REQUIREMENT_STATUSES = ["active", "superseded", "retired"] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];
const requirementStatusList = sql.raw(REQUIREMENT_STATUSES.map((s) => `'${s}'`).join(", "));

/**
 * One revision of one requirement (`REQ-…` of PRD.md): recorded when a PRD version defines it with new text, or
 * when a change request merges a delta on it. At most one revision per requirement is `active`; earlier ones are
 * `superseded`; a requirement removed keeps its last revision as `retired` (with the reason).
 */
export const requirements = pgTable(
  "requirements",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    reqId: varchar("req_id", { length: 64 }).notNull(),
    revision: integer("revision").notNull(),
    title: text("title").notNull(),
    /** The requirement's text, its acceptance sentence(s) excluded. */
    body: text("body").notNull().default(""),
    acceptance: text("acceptance").notNull().default(""),
    /** SHA-256 of title, body and acceptance: a PRD version with the same text records no new revision. */
    contentHash: varchar("content_hash", { length: 64 }).notNull(),
    status: varchar("status", { length: 16, enum: REQUIREMENT_STATUSES }).notNull().default("active"),
    retiredReason: text("retired_reason"),
    /** The PRD.md version that recorded this revision (null when it came from a merge without a PRD proposal). */
    artifactId: uuid("artifact_id").references(() => projectArtifacts.id, { onDelete: "set null" }),
    /** The change request whose merge made this revision (null: recorded from a PRD version). */
    changeRequestId: uuid("change_request_id").references(() => changeRequests.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("requirements_revision_unique").on(t.projectId, t.reqId, t.revision),
    uniqueIndex("requirements_one_active_idx").on(t.projectId, t.reqId).where(sql`${t.status} = 'active'`),
    index("requirements_project_status_idx").on(t.projectId, t.status, t.reqId),
    index("requirements_artifact_idx").on(t.artifactId),
    index("requirements_change_request_idx").on(t.changeRequestId),
    check("requirements_status_valid", sql`${t.status} in (${requirementStatusList})`),
    check("requirements_revision_positive", sql`${t.revision} > 0`),
  ],
);

export const CHANGE_REQUEST_STATUSES = ["draft", "in_review", "approved", "merged", "rejected", "withdrawn"] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];
/** The statuses in which documents may be proposed (by hand or by a scoped run), replaced or withdrawn. */
export const PROPOSING_STATUSES: readonly ChangeRequestStatus[] = ["draft", "in_review"];
const changeRequestStatusList = sql.raw(CHANGE_REQUEST_STATUSES.map((s) => `'${s}'`).join(", "));

/** A proposed change to a project's spec set: deltas on requirements, documents proposed under it, a review. */
export const changeRequests = pgTable(
  "change_requests",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** Per project, from 1: `CR-<number>` in the changelog. */
    number: integer("number").notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    rationale: text("rationale").notNull().default(""),
    status: varchar("status", { length: 16, enum: CHANGE_REQUEST_STATUSES }).notNull().default("draft"),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    mergedBy: uuid("merged_by").references(() => users.id, { onDelete: "set null" }),
    mergedAt: timestamp("merged_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("change_requests_number_unique").on(t.projectId, t.number),
    index("change_requests_project_created_idx").on(t.projectId, t.createdAt, t.id),
    index("change_requests_project_status_idx").on(t.projectId, t.status),
    index("change_requests_author_idx").on(t.authorId),
    index("change_requests_merged_by_idx").on(t.mergedBy),
    check("change_requests_status_valid", sql`${t.status} in (${changeRequestStatusList})`),
    check("change_requests_number_positive", sql`${t.number} > 0`),
  ],
);

export const DELTA_KINDS = ["added", "modified", "removed"] as const;
export type DeltaKind = (typeof DELTA_KINDS)[number];
const deltaKindList = sql.raw(DELTA_KINDS.map((s) => `'${s}'`).join(", "));

/**
 * One delta of a change request, on one requirement: ADDED (new id, its text), MODIFIED (new text) or REMOVED (a
 * reason). MODIFIED and REMOVED carry the revision they were based on: a merge whose base is no longer current
 * is a conflict.
 */
export const changeRequestDeltas = pgTable(
  "change_request_deltas",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    changeRequestId: uuid("change_request_id")
      .notNull()
      .references(() => changeRequests.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: varchar("kind", { length: 16, enum: DELTA_KINDS }).notNull(),
    reqId: varchar("req_id", { length: 64 }).notNull(),
    baseRevision: integer("base_revision"),
    title: text("title"),
    body: text("body"),
    acceptance: text("acceptance"),
    reason: text("reason"),
  },
  (t) => [
    unique("change_request_deltas_req_unique").on(t.changeRequestId, t.reqId),
    check("change_request_deltas_kind_valid", sql`${t.kind} in (${deltaKindList})`),
    check("change_request_deltas_base_revision", sql`(${t.kind} = 'added') = (${t.baseRevision} is null)`),
  ],
);

/**
 * A document version proposed under a change request (drafted by a scoped run or uploaded by hand), with its
 * findings computed over the spec set as it would be after the merge. At most one per document per change
 * request (a new proposal replaces it); the merge stores it as the document's next version.
 */
export const changeRequestDocuments = pgTable(
  "change_request_documents",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    changeRequestId: uuid("change_request_id")
      .notNull()
      .references(() => changeRequests.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    phase: varchar("phase", { length: 32, enum: PHASES }).notNull(),
    artifactName: varchar("artifact_name", { length: 255 }).notNull(),
    /** The document's latest version when proposed (null: a new document). */
    baseVersion: integer("base_version"),
    content: text("content").notNull(),
    fileSize: integer("file_size").notNull(),
    contentHash: varchar("content_hash", { length: 64 }).notNull(),
    frontmatter: jsonb("frontmatter").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    validationStatus: varchar("validation_status", { length: 16, enum: VALIDATION_STATUSES })
      .notNull()
      .default("pending"),
    validationErrors: jsonb("validation_errors").$type<Finding[]>().notNull().default(sql`'[]'::jsonb`),
    traceIds: jsonb("trace_ids").$type<TraceIds>().notNull().default(sql`'{}'::jsonb`),
    matrixFacts: jsonb("matrix_facts").$type<MatrixFacts>(),
    qualityScore: integer("quality_score"),
    /** The scoped run that drafted it (null: uploaded by hand). */
    runId: uuid("run_id").references(() => generationRuns.id, { onDelete: "set null" }),
    proposedBy: uuid("proposed_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("change_request_documents_doc_unique").on(t.changeRequestId, t.phase, t.artifactName),
    index("change_request_documents_project_idx").on(t.projectId),
    index("change_request_documents_run_idx").on(t.runId),
    index("change_request_documents_proposed_by_idx").on(t.proposedBy),
    check("change_request_documents_phase_valid", sql`${t.phase} in (${phaseList})`),
    check("change_request_documents_status_valid", sql`${t.validationStatus} in (${statusList})`),
  ],
);

export const CHANGE_REQUEST_EVENT_KINDS = [
  "opened",
  "edited",
  "submitted",
  "approved",
  "rejected",
  "withdrawn",
  "rebased",
  "merged",
] as const;
export type ChangeRequestEventKind = (typeof CHANGE_REQUEST_EVENT_KINDS)[number];
const changeRequestEventKindList = sql.raw(CHANGE_REQUEST_EVENT_KINDS.map((s) => `'${s}'`).join(", "));

/** A change request's history: each state change, edit, rebase and the merge, by whom and when. */
export const changeRequestEvents = pgTable(
  "change_request_events",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    changeRequestId: uuid("change_request_id")
      .notNull()
      .references(() => changeRequests.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 16, enum: CHANGE_REQUEST_EVENT_KINDS }).notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** What the event moved: for a merge, the document versions stored and the requirement revisions. */
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [
    index("change_request_events_cr_idx").on(t.changeRequestId, t.createdAt),
    index("change_request_events_project_idx").on(t.projectId, t.createdAt),
    index("change_request_events_actor_idx").on(t.actorId),
    check("change_request_events_kind_valid", sql`${t.kind} in (${changeRequestEventKindList})`),
  ],
);

/**
 * Idempotency-Key claims (src/platform/http/idempotency.ts), per user: the request they were first used with
 * (a SHA-256 of method, path and body) and its answer, recorded by the write's own statement: the
 * status and the rows the response is rendered from (replays render them again). Kept 24 h
 * (IDEMPOTENCY_TTL_SECONDS), then removed by the cleanup job through the expiry index.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: varchar("key", { length: 255 }).notNull(),
    requestHash: varchar("request_hash", { length: 64 }).notNull(),
    /** Null only while the first request's transaction is open (its answer commits with the claim). */
    status: integer("status"),
    /** The recorded rows as JSON text, by name (`{"project": [...]}`): not the rendered body. */
    body: text("body"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: "idempotency_keys_pkey", columns: [t.userId, t.key] }),
    index("idempotency_keys_expires_idx").on(t.expiresAt),
  ],
);

// GitHub (src/github): a project's repository, the outbox of calls to GitHub, the issues made from its
// tasks, the webhook deliveries received and the drift found in the repository.

export const GITHUB_AUTH_KINDS = ["app", "token"] as const;
export type GithubAuthKind = (typeof GITHUB_AUTH_KINDS)[number];
/** checking: the check job has not answered yet; connected: it saw the repository; failed: see lastError. */
export const GITHUB_CONNECTION_STATUSES = ["checking", "connected", "failed"] as const;
export type GithubConnectionStatus = (typeof GITHUB_CONNECTION_STATUSES)[number];

/** A project's connected repository: one per project. */
export const githubConnections = pgTable(
  "github_connections",
  {
    projectId: uuid("project_id")
      .primaryKey()
      .references(() => projects.id, { onDelete: "cascade" }),
    owner: varchar("owner", { length: 100 }).notNull(),
    repo: varchar("repo", { length: 100 }).notNull(),
    status: varchar("status", { length: 16, enum: GITHUB_CONNECTION_STATUSES }).notNull().default("checking"),
    /** GitHub's numeric repository id (set by the check): app webhooks are matched on it. */
    repoId: bigint("repo_id", { mode: "number" }),
    /** The repository's default branch (set by the check): the pull request's base. */
    defaultBranch: varchar("default_branch", { length: 255 }),
    /** The branch the spec set is pushed to (`spec-drive/<slug>`). */
    branch: varchar("branch", { length: 255 }).notNull(),
    /** The folder of the repository the spec files live in (`spec`). */
    directory: varchar("directory", { length: 255 }).notNull().default("spec"),
    authKind: varchar("auth_kind", { length: 8, enum: GITHUB_AUTH_KINDS }).notNull(),
    /** app: the installation whose tokens are minted per call. */
    installationId: bigint("installation_id", { mode: "number" }),
    /** token: the fine-grained token, AES-GCM encrypted with GITHUB_TOKEN_KEY (base64 of iv ‖ ciphertext). */
    tokenCiphertext: text("token_ciphertext"),
    /** The permissions the check saw (`{contents: "write", ...}`); empty until it ran. */
    permissions: jsonb("permissions").$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    /** The project's one pull request, once opened. */
    pullNumber: integer("pull_number"),
    pullUrl: varchar("pull_url", { length: 2048 }),
    /** The head commit of the last push. */
    pushedSha: varchar("pushed_sha", { length: 40 }),
    pushedAt: timestamp("pushed_at", { withTimezone: true }),
    /** The merge commit of the pull request, once merged: the spec's commit on the default branch. */
    mergedSha: varchar("merged_sha", { length: 40 }),
    mergedAt: timestamp("merged_at", { withTimezone: true }),
    lastError: text("last_error"),
    lastErrorAt: timestamp("last_error_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("github_connections_repo_idx").on(t.repoId),
    check(
      "github_connections_auth",
      sql`(${t.authKind} = 'app' and ${t.installationId} is not null) or (${t.authKind} = 'token' and ${t.tokenCiphertext} is not null)`,
    ),
  ],
);

/** check: the connection's one call; push: the spec set as a pull request; sync_issues: tasks as issues; check_drift: a push's spec files against the stored ones. */
export const GITHUB_JOB_KINDS = ["check", "push", "sync_issues", "check_drift"] as const;
export type GithubJobKind = (typeof GITHUB_JOB_KINDS)[number];
export const GITHUB_JOB_STATUSES = ["pending", "done", "failed"] as const;
export type GithubJobStatus = (typeof GITHUB_JOB_STATUSES)[number];

/**
 * The outbox of work against GitHub: written in the request's batch, run by the generator worker with
 * retries, backoff and GitHub's rate limits. At most one pending job per project and kind (a second
 * push while one waits is the same push).
 */
export const githubJobs = pgTable(
  "github_jobs",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 16, enum: GITHUB_JOB_KINDS }).notNull(),
    /** What the job needs beyond the project (check_drift: the push's commits). */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    status: varchar("status", { length: 16, enum: GITHUB_JOB_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    /** What the job did (push: the commit and the pull request; sync_issues: counts). */
    result: jsonb("result").$type<Record<string, unknown>>(),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    /**
     * When it was last asked for: a request for a job that is already pending moves this. A job whose
     * run was claimed (claimedAt) before the latest request runs again rather than ending done, so an
     * edit made while a push runs is pushed too.
     */
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("github_jobs_project_idx").on(t.projectId, t.createdAt, t.id),
    index("github_jobs_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    uniqueIndex("github_jobs_one_pending_idx").on(t.projectId, t.kind).where(sql`${t.status} = 'pending'`),
  ],
);

/** `gone`: deleted, or transferred out of the repository, by a person; Spec Drive never writes to it again. */
export const GITHUB_ISSUE_STATES = ["open", "closed", "gone"] as const;
export type GithubIssueState = (typeof GITHUB_ISSUE_STATES)[number];

/** A task of tasks.md and its issue: the external id that makes a re-sync update, never duplicate. */
export const githubIssues = pgTable(
  "github_issues",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    taskId: varchar("task_id", { length: 32 }).notNull(),
    issueNumber: integer("issue_number").notNull(),
    issueUrl: varchar("issue_url", { length: 2048 }).notNull(),
    /** SHA-256 of the title, body and labels last written: an unchanged task is not sent again. */
    contentHash: varchar("content_hash", { length: 64 }).notNull(),
    state: varchar("state", { length: 8, enum: GITHUB_ISSUE_STATES }).notNull().default("open"),
    /** The task is no longer in tasks.md: its issue was closed with a note. */
    removed: boolean("removed").notNull().default(false),
    /** When GitHub last told us the state (webhook) or we set it. */
    stateChangedAt: timestamp("state_changed_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "github_issues_pkey", columns: [t.projectId, t.taskId] }),
    unique("github_issues_number_unique").on(t.projectId, t.issueNumber),
  ],
);

/** Webhook deliveries received from GitHub, by `X-GitHub-Delivery`: a redelivery is answered, not applied again. */
export const githubDeliveries = pgTable(
  "github_deliveries",
  {
    deliveryId: varchar("delivery_id", { length: 64 }).primaryKey(),
    event: varchar("event", { length: 64 }).notNull(),
    projectId: uuid("project_id").references(() => projects.id, { onDelete: "cascade" }),
    /** What it changed (`{"task": "TASK-003", "status": "done"}`), or why nothing. */
    outcome: jsonb("outcome").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("github_deliveries_received_idx").on(t.receivedAt)],
);

export const DRIFT_STATUSES = ["open", "dismissed", "change_requested"] as const;
export type DriftStatus = (typeof DRIFT_STATUSES)[number];

/** A push that changed spec files outside Spec Drive: the files and their diffs against the stored versions. */
export const githubDrift = pgTable(
  "github_drift",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    commitSha: varchar("commit_sha", { length: 40 }).notNull(),
    ref: varchar("ref", { length: 255 }).notNull(),
    /** One entry per changed spec file: `{fileName, change: "modified"|"added"|"removed", diff}`. */
    files: jsonb("files").$type<Array<{ fileName: string; change: string; diff: string }>>().notNull(),
    status: varchar("status", { length: 20, enum: DRIFT_STATUSES }).notNull().default("open"),
    changeRequestId: uuid("change_request_id").references(() => changeRequests.id, { onDelete: "set null" }),
    detectedAt: timestamp("detected_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("github_drift_project_idx").on(t.projectId, t.detectedAt, t.id),
    unique("github_drift_commit_unique").on(t.projectId, t.commitSha),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type AuthSession = typeof authSessions.$inferSelect;
export type ApiKey = typeof apiKeys.$inferSelect;
export type RateLimitEntry = typeof rateLimitLog.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type Workspace = typeof workspaces.$inferSelect;
export type WorkspaceMember = typeof workspaceMembers.$inferSelect;
export type WorkspaceInvitation = typeof workspaceInvitations.$inferSelect;
export type ReviewPolicy = typeof reviewPolicies.$inferSelect;
export type ApprovalRow = typeof approvals.$inferSelect;
export type CommentThread = typeof commentThreads.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type WebhookSubscription = typeof webhookSubscriptions.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;

/** An approval's columns on `projects`: its flag, who approved (the user id) and when. */
export const approvalColumns = <A extends Approval>(approval: A) =>
  ({ flag: `${approval}Approved`, by: `${approval}ApprovedBy`, at: `${approval}ApprovedAt` }) as const satisfies {
    [K in string]: keyof Project;
  };
export type NewProject = typeof projects.$inferInsert;
export type PhaseHistoryEntry = typeof phaseHistory.$inferSelect;
export type ProjectArtifact = typeof projectArtifacts.$inferSelect;
export type NewProjectArtifact = typeof projectArtifacts.$inferInsert;
export type GenerationRun = typeof generationRuns.$inferSelect;
export type NewGenerationRun = typeof generationRuns.$inferInsert;
export type GenerationRunStep = typeof generationRunSteps.$inferSelect;
export type ArtifactWaiver = typeof artifactWaivers.$inferSelect;
export type Requirement = typeof requirements.$inferSelect;
export type ChangeRequest = typeof changeRequests.$inferSelect;
export type ChangeRequestDelta = typeof changeRequestDeltas.$inferSelect;
export type ChangeRequestDocument = typeof changeRequestDocuments.$inferSelect;
export type ChangeRequestEvent = typeof changeRequestEvents.$inferSelect;
export type GithubConnection = typeof githubConnections.$inferSelect;
export type GithubJob = typeof githubJobs.$inferSelect;
export type GithubIssue = typeof githubIssues.$inferSelect;
export type GithubDelivery = typeof githubDeliveries.$inferSelect;
export type GithubDrift = typeof githubDrift.$inferSelect;
