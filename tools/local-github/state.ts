// The local GitHub stand-in's in-memory state: repositories (git objects, refs, issues, pull requests,
// labels), identities (tokens, apps, installations), rate-limit buckets, faults, webhooks and the request
// log, as one object every module is handed; its clock (advanced by the control API) and id counter.
import type { ObjectStore } from "./git.ts";
import type { Delivery, Hook } from "./webhooks.ts";

/** GitHub's primary limit for a user's or an installation's requests (rate-limits-for-the-rest-api). */
export const DEFAULT_RATE_LIMIT = 5000;

export type Level = "read" | "write";
/** Repository permissions of fine-grained tokens and apps that these endpoints need. */
export type Permissions = Partial<Record<"contents" | "pull_requests" | "issues" | "metadata", Level>>;

export interface PatConfig {
  token: string;
  login: string;
  /** "owner/name" of the repositories the token may reach. */
  repositories: string[];
  permissions: Permissions;
  /** The user's role on those repositories: GET /repos reports it in `permissions`. Default admin. */
  role?: "admin" | "write" | "read";
  /** ISO 8601; after it the token is "Bad credentials". */
  expiresAt?: string;
}

export interface AppConfig {
  id: number;
  slug: string;
  /** PEM (SPKI or PKCS#1) of the app's private key's public half. */
  publicKey: string;
  /** The app's webhook: events of the repositories it is installed on, with `installation`. */
  webhookUrl?: string;
  webhookSecret?: string;
}

export interface InstallationConfig {
  id: number;
  appId: number;
  account: string;
  repositories: string[];
  permissions: Permissions;
}

export interface Fault {
  method?: string;
  /** A regular expression matched against the request's path (no query). */
  path?: string;
  status: 500 | 502 | 503 | "secondary_rate_limit";
  /** For secondary_rate_limit: 403 (default) or 429 (the rate-limits page allows either). */
  httpStatus?: 403 | 429;
  retryAfter?: number;
  times?: number;
}

export interface Identity {
  kind: "pat" | "installation";
  /** Who issues and comments appear from. */
  login: string;
  userId: number;
  repositories: string[];
  permissions: Permissions;
  role: "admin" | "write" | "read";
  /** The rate-limit bucket (per user, per installation). */
  bucket: string;
  installationId?: number;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface Issue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: string | null;
  labels: string[];
  user: string;
  comments: { id: number; body: string; user: string; createdAt: string }[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Present when the issue is a pull request (GitHub counts pull requests as issues). */
  pull?: Pull;
  /** A person deleted it, or transferred it to a repository the caller cannot read: see issueAt. */
  gone?: "deleted" | "transferred";
}

export interface Pull {
  head: string;
  headOwner: string;
  base: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  objects: ObjectStore;
  refs: Map<string, string>;
  issues: Issue[];
  labels: Label[];
}

export interface RequestRecord {
  at: string;
  method: string;
  path: string;
  status: number;
  identity: string | null;
}

/** What `POST /control/reset` empties. */
function emptyWorld() {
  return {
    repos: new Map<string, Repo>(),
    pats: new Map<string, PatConfig>(),
    apps: new Map<number, AppConfig>(),
    installations: new Map<number, InstallationConfig>(),
    installationTokens: new Map<
      string,
      { installationId: number; expiresAt: number; repositories: string[]; permissions: Permissions }
    >(),
    userIds: new Map<string, number>(),
    rate: { limit: DEFAULT_RATE_LIMIT, exhaustedStatus: 403 as 403 | 429 },
    buckets: new Map<string, { used: number; resetAt: number; limit: number }>(),
    faults: [] as (Fault & { left: number })[],
    hooks: [] as Hook[],
    deliveries: [] as Delivery[],
    /** Deliveries in flight. */
    pending: [] as Promise<void>[],
    log: [] as RequestRecord[],
    clockOffsetMs: 0,
  };
}

export type LocalGithubState = ReturnType<typeof emptyWorld> & {
  /** The API's base URL, known once the server listens. */
  url: string;
  /** The last id handed out (repositories, issues, labels, comments, users, hooks); a reset keeps counting. */
  ids: number;
};

export function createState(): LocalGithubState {
  return { url: "", ids: 1000, ...emptyWorld() };
}

/** Empty every repository, identity, bucket, fault, hook, delivery and log entry; the clock back to real time. */
export function resetState(s: LocalGithubState): void {
  Object.assign(s, emptyWorld());
}

export const nextId = (s: LocalGithubState) => ++s.ids;
export const now = (s: LocalGithubState) => Date.now() + s.clockOffsetMs;
export const iso = (s: LocalGithubState, ms = now(s)) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

export function userId(s: LocalGithubState, login: string): number {
  if (!s.userIds.has(login)) s.userIds.set(login, nextId(s));
  return s.userIds.get(login) as number;
}
