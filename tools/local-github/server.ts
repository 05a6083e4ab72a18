// The local GitHub REST API stand-in: the endpoints the GitHub integration uses, answering as
// docs.github.com documents them (each behaviour's page is cited next to it and in
// docs/local-github.md), with in-memory state, a control API under /control, and signed webhook
// deliveries. Run alone: `node tools/local-github/server.ts [port]`.
import { createPublicKey, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenLocal } from "../listen.ts";
import { diffTrees, FILE_MODES, type FlatEntry, mergeTrees, ObjectStore, type Person } from "./git.ts";
import { base64Lines, fail, HttpError, invalid, notFound, page, readBody } from "./http.ts";
import { verifyAppJwt } from "./jwt.ts";
import { type Delivery, type Hook, newDelivery, send } from "./webhooks.ts";

/** GitHub's primary limit for a user's or an installation's requests (rate-limits-for-the-rest-api). */
export const DEFAULT_RATE_LIMIT = 5000;
/** Unauthenticated requests: 60 an hour (same page). */
const UNAUTHENTICATED_LIMIT = 60;

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

interface Identity {
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

interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

interface Issue {
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

interface Pull {
  head: string;
  headOwner: string;
  base: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
}

interface Repo {
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

interface RequestRecord {
  at: string;
  method: string;
  path: string;
  status: number;
  identity: string | null;
}

export interface LocalGithub {
  /** The API's base URL (Octokit's `baseUrl`). The control API is under `${url}/control`. */
  url: string;
  close(): Promise<void>;
}

export async function startLocalGithub(opts: { port?: number; host?: string } = {}): Promise<LocalGithub> {
  let url = "";
  let ids = 1000;
  const nextId = () => ++ids;
  let clockOffsetMs = 0;
  const now = () => Date.now() + clockOffsetMs;
  const iso = (ms = now()) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

  let repos = new Map<string, Repo>();
  let pats = new Map<string, PatConfig>();
  let apps = new Map<number, AppConfig>();
  let installations = new Map<number, InstallationConfig>();
  let installationTokens = new Map<
    string,
    { installationId: number; expiresAt: number; repositories: string[]; permissions: Permissions }
  >();
  let userIds = new Map<string, number>();
  let rate = { limit: DEFAULT_RATE_LIMIT, exhaustedStatus: 403 as 403 | 429 };
  let buckets = new Map<string, { used: number; resetAt: number; limit: number }>();
  let faults: (Fault & { left: number })[] = [];
  let hooks: Hook[] = [];
  let deliveries: Delivery[] = [];
  let pending: Promise<void>[] = [];
  let log: RequestRecord[] = [];

  const userId = (login: string) => {
    if (!userIds.has(login)) userIds.set(login, nextId());
    return userIds.get(login) as number;
  };
  const userJson = (login: string) => ({
    login,
    id: userId(login),
    node_id: `U_${userId(login)}`,
    type: login.endsWith("[bot]") ? "Bot" : "User",
    url: `${url}/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${login}`,
  });

  // ---- repositories and their git data -------------------------------------------------------

  function createRepo(b: {
    owner: string;
    name: string;
    private?: boolean;
    defaultBranch?: string;
    files?: Record<string, string>;
  }): Repo {
    const repo: Repo = {
      id: nextId(),
      owner: b.owner,
      name: b.name,
      private: b.private ?? true,
      defaultBranch: b.defaultBranch ?? "main",
      objects: new ObjectStore(),
      refs: new Map(),
      issues: [],
      labels: [],
    };
    const files = new Map<string, FlatEntry>();
    for (const [path, content] of Object.entries(b.files ?? { "README.md": `# ${b.name}\n` })) {
      files.set(path, {
        mode: "100644",
        type: "blob",
        sha: repo.objects.put({ type: "blob", content: Buffer.from(content) }),
      });
    }
    const person = { name: b.owner, email: `${b.owner}@users.noreply.github.com`, date: iso() };
    const commit = repo.objects.put({
      type: "commit",
      tree: repo.objects.writeTree(files),
      parents: [],
      author: person,
      committer: person,
      message: "Initial commit",
    });
    repo.refs.set(`refs/heads/${repo.defaultBranch}`, commit);
    repos.set(`${b.owner}/${b.name}`, repo);
    return repo;
  }

  const repoBase = (r: Repo) => `${url}/repos/${r.owner}/${r.name}`;

  function repoJson(r: Repo, who?: Identity) {
    return {
      id: r.id,
      node_id: `R_${r.id}`,
      name: r.name,
      full_name: `${r.owner}/${r.name}`,
      private: r.private,
      visibility: r.private ? "private" : "public",
      owner: userJson(r.owner),
      html_url: `https://github.com/${r.owner}/${r.name}`,
      url: repoBase(r),
      default_branch: r.defaultBranch,
      // GET /repos/{owner}/{repo}: `permissions` is the authenticated caller's
      // (https://docs.github.com/en/rest/repos/repos#get-a-repository).
      ...(who && { permissions: repoPermissions(who) }),
    };
  }

  function repoPermissions(who: Identity) {
    if (who.kind === "pat") {
      const rank = { read: 0, write: 1, admin: 2 }[who.role];
      return { admin: rank >= 2, maintain: rank >= 2, push: rank >= 1, triage: rank >= 1, pull: true };
    }
    const push = who.permissions.contents === "write";
    return { admin: false, maintain: false, push, triage: push, pull: true };
  }

  function refJson(r: Repo, ref: string) {
    const sha = r.refs.get(ref) as string;
    return {
      ref,
      node_id: `REF_${Buffer.from(ref).toString("hex").slice(0, 12)}`,
      url: `${repoBase(r)}/git/${ref}`,
      object: { sha, type: "commit", url: `${repoBase(r)}/git/commits/${sha}` },
    };
  }

  function commitJson(r: Repo, sha: string) {
    const c = r.objects.commit(sha) ?? notFound();
    return {
      sha,
      node_id: `C_${sha}`,
      url: `${repoBase(r)}/git/commits/${sha}`,
      html_url: `https://github.com/${r.owner}/${r.name}/commit/${sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      tree: { sha: c.tree, url: `${repoBase(r)}/git/trees/${c.tree}` },
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${repoBase(r)}/git/commits/${p}`,
        html_url: `https://github.com/${r.owner}/${r.name}/commit/${p}`,
      })),
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
    };
  }

  function treeJson(r: Repo, sha: string, recursive: boolean) {
    const entries = recursive
      ? r.objects.walk(sha)
      : (r.objects.tree(sha) ?? []).map((entry) => ({ path: entry.name, entry }));
    return {
      sha,
      url: `${repoBase(r)}/git/trees/${sha}`,
      tree: entries.map(({ path, entry }) => ({
        path,
        mode: entry.mode,
        type: entry.type,
        sha: entry.sha,
        ...(entry.type === "blob" && { size: r.objects.blob(entry.sha)?.length ?? 0 }),
        url: `${repoBase(r)}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`,
      })),
      truncated: false,
    };
  }

  /** A branch, tag or commit SHA (the `ref` query parameter of GET /contents) to a commit SHA. */
  function resolveCommit(r: Repo, ref: string | null): string | undefined {
    const name = ref ?? r.defaultBranch;
    const sha = r.refs.get(`refs/heads/${name}`) ?? r.refs.get(`refs/tags/${name}`) ?? r.refs.get(name);
    if (sha) return sha;
    return r.objects.commit(name) ? name : undefined;
  }

  function filesAt(r: Repo, commitSha: string): Map<string, FlatEntry> {
    return r.objects.flatten(r.objects.commit(commitSha)?.tree ?? "");
  }

  // ---- identities and permissions ------------------------------------------------------------

  /**
   * The caller from `Authorization: token|Bearer <token>`
   * (https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api): undefined when
   * there is none; 401 "Bad credentials" for an unknown or expired token.
   */
  function identify(req: IncomingMessage): Identity | undefined {
    const header = req.headers.authorization;
    if (!header) return undefined;
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
    return identityOf(m?.[1] ?? "") ?? fail(401, "Bad credentials");
  }

  /** The caller a token stands for; undefined when it is unknown or expired. */
  function identityOf(token: string): Identity | undefined {
    const pat = pats.get(token);
    if (pat && (!pat.expiresAt || Date.parse(pat.expiresAt) > now())) {
      return {
        kind: "pat",
        login: pat.login,
        userId: userId(pat.login),
        repositories: pat.repositories,
        permissions: pat.permissions,
        role: pat.role ?? "admin",
        bucket: `user:${pat.login}`,
      };
    }
    const inst = installationTokens.get(token);
    // Installation tokens expire after one hour
    // (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app).
    if (inst && inst.expiresAt > now()) {
      const installation = installations.get(inst.installationId);
      const app = installation && apps.get(installation.appId);
      if (installation && app) {
        return {
          kind: "installation",
          login: `${app.slug}[bot]`,
          userId: userId(`${app.slug}[bot]`),
          repositories: inst.repositories,
          permissions: inst.permissions,
          role: "write",
          bucket: `installation:${installation.id}`,
          installationId: installation.id,
        };
      }
    }
    return undefined;
  }

  /**
   * The repository, if the caller may do `level` with `permission` on it. A private repository the
   * caller cannot see is 404, not 403
   * (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#404-not-found-for-an-existing-resource);
   * one it sees without the permission is 403 "Resource not accessible by …" with the
   * X-Accepted-GitHub-Permissions header naming what was needed
   * (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#resource-not-accessible).
   */
  function access(
    who: Identity | undefined,
    owner: string,
    name: string,
    permission: keyof Permissions,
    level: Level,
  ): Repo {
    const repo = repos.get(`${owner}/${name}`);
    if (!repo) return notFound();
    const sees = who?.repositories.includes(`${owner}/${name}`) ?? false;
    if (!sees && repo.private) return notFound();
    if (!who) return level === "read" ? repo : fail(401, "Requires authentication");
    if (level === "read" && (!sees || permission === "metadata")) return repo;
    const has = sees ? who.permissions[permission] : undefined;
    if (has === "write" || (has === "read" && level === "read")) return repo;
    const subject = who.kind === "pat" ? "personal access token" : "integration";
    return fail(
      403,
      `Resource not accessible by ${subject}`,
      {},
      { "x-accepted-github-permissions": `${permission}=${level}` },
    );
  }

  // ---- GitHub App JWTs -----------------------------------------------------------------------

  function appOfJwt(req: IncomingMessage): AppConfig {
    const m = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
    const id = verifyAppJwt(m?.[1] ?? "", (iss) => apps.get(iss)?.publicKey, Math.floor(now() / 1000));
    return apps.get(id) as AppConfig;
  }

  /** POST /app/installations/{installation_id}/access_tokens (https://docs.github.com/en/rest/apps/apps#create-an-installation-access-token-for-an-app). */
  function createInstallationToken(app: AppConfig, installationId: number, body: Record<string, unknown>) {
    const inst = installations.get(installationId);
    if (!inst || inst.appId !== app.id) return notFound();
    let repositories = inst.repositories;
    if (Array.isArray(body.repositories)) {
      const asked = body.repositories.map((n) => `${inst.account}/${n}`);
      if (asked.some((r) => !inst.repositories.includes(r))) {
        fail(
          422,
          "There is at least one repository that does not exist or is not accessible to the parent installation.",
        );
      }
      repositories = asked;
    }
    let permissions = inst.permissions;
    if (body.permissions && typeof body.permissions === "object") {
      const asked = body.permissions as Record<string, Level>;
      for (const [k, v] of Object.entries(asked)) {
        const has = inst.permissions[k as keyof Permissions];
        if (!has || (v === "write" && has !== "write")) {
          fail(422, `The permissions requested are not granted to this installation.`);
        }
      }
      permissions = asked;
    }
    const token = `ghs_${randomBytes(18).toString("base64url")}`;
    const expiresAt = now() + 3600_000;
    installationTokens.set(token, { installationId, expiresAt, repositories, permissions });
    return {
      token,
      expires_at: iso(expiresAt),
      permissions: { metadata: "read", ...permissions },
      repository_selection: "selected",
      ...(Array.isArray(body.repositories) && {
        repositories: repositories.map((r) => repoJson(repos.get(r) ?? notFound())),
      }),
    };
  }

  // ---- rate limits ---------------------------------------------------------------------------

  /**
   * x-ratelimit-* on every answer; past the limit 403 (or 429) with x-ratelimit-remaining 0
   * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-primary-rate-limit).
   */
  function spend(bucketKey: string, limit: number, forWhom: string): Record<string, string> {
    const b = windowOf(bucketKey, limit);
    const headers = (used: number) => ({
      "x-ratelimit-limit": String(b.limit),
      "x-ratelimit-remaining": String(Math.max(0, b.limit - used)),
      "x-ratelimit-used": String(used),
      "x-ratelimit-reset": String(Math.ceil(b.resetAt / 1000)),
      "x-ratelimit-resource": "core",
    });
    if (b.used >= b.limit) {
      fail(
        rate.exhaustedStatus,
        `API rate limit exceeded for ${forWhom}.`,
        {
          documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
        },
        headers(b.used),
      );
    }
    b.used += 1;
    return headers(b.used);
  }

  /** The bucket's current window: a new one of an hour when none is running (the last one reset). */
  function windowOf(bucketKey: string, limit: number) {
    let b = buckets.get(bucketKey);
    if (!b || b.resetAt <= now()) {
      b = { used: 0, resetAt: now() + 3600_000, limit };
      buckets.set(bucketKey, b);
    }
    return b;
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const f = faults.find(
      (x) =>
        x.left > 0 && (!x.method || x.method.toUpperCase() === method) && (!x.path || new RegExp(x.path).test(path)),
    );
    if (f) f.left -= 1;
    return f;
  }

  // ---- webhooks ------------------------------------------------------------------------------

  /** Queue a delivery to every hook of the repository that wants the event; resolves when sent. */
  function emit(r: Repo, event: string, payload: Record<string, unknown>): Promise<Delivery[]> {
    const full = `${r.owner}/${r.name}`;
    const repoHooks = hooks
      .filter((h) => h.repo === full && (h.events.includes("*") || h.events.includes(event)))
      .map((h) => ({ h, body: payload }));
    // A GitHub App's webhook gets the events of the repositories it is installed on, with the
    // `installation` that lets it authenticate (https://docs.github.com/en/webhooks/webhook-events-and-payloads#installation).
    const appHooks = [...installations.values()]
      .filter((i) => i.repositories.includes(full))
      .flatMap((i) => {
        const app = apps.get(i.appId);
        if (!app?.webhookUrl) return [];
        const h: Hook = {
          id: app.id,
          repo: full,
          url: app.webhookUrl,
          secret: app.webhookSecret,
          events: ["*"],
          target: { type: "integration", id: app.id },
        };
        return [{ h, body: { ...payload, installation: { id: i.id, node_id: `MDIz${i.id}` } } }];
      });
    const sent = [...repoHooks, ...appHooks].map(async ({ h, body }) => {
      const d = newDelivery(h, event, body);
      deliveries.push(d);
      await send(h, d, false);
      return d;
    });
    const all = Promise.all(sent);
    pending.push(all.then(() => undefined));
    return all;
  }

  const sender = (login: string) => userJson(login);

  function issueJson(r: Repo, i: Issue) {
    const labels = i.labels.map((n) => r.labels.find((l) => l.name === n) as Label);
    return {
      id: i.id,
      node_id: `I_${i.id}`,
      number: i.number,
      url: `${repoBase(r)}/issues/${i.number}`,
      html_url: `https://github.com/${r.owner}/${r.name}/${i.pull ? "pull" : "issues"}/${i.number}`,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.stateReason,
      user: userJson(i.user),
      labels: labels.map(labelJson(r)),
      comments: i.comments.length,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      // "GitHub's REST API considers every pull request an issue" (https://docs.github.com/en/rest/issues/issues#list-repository-issues).
      ...(i.pull && { pull_request: { url: `${repoBase(r)}/pulls/${i.number}`, merged_at: i.pull.mergedAt } }),
    };
  }

  const labelJson = (r: Repo) => (l: Label) => ({
    id: l.id,
    node_id: `LA_${l.id}`,
    url: `${repoBase(r)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: false,
    description: l.description,
  });

  function branchJson(r: Repo, branch: string, owner: string, sha: string) {
    return { label: `${owner}:${branch}`, ref: branch, sha, user: userJson(owner), repo: repoJson(r) };
  }

  function pullJson(r: Repo, i: Issue) {
    const p = i.pull as Pull;
    const headSha = r.refs.get(`refs/heads/${p.head}`) ?? "";
    const baseSha = r.refs.get(`refs/heads/${p.base}`) ?? "";
    return {
      id: i.id,
      node_id: `PR_${i.id}`,
      number: i.number,
      url: `${repoBase(r)}/pulls/${i.number}`,
      html_url: `https://github.com/${r.owner}/${r.name}/pull/${i.number}`,
      issue_url: `${repoBase(r)}/issues/${i.number}`,
      state: i.state,
      title: i.title,
      body: i.body,
      user: userJson(i.user),
      labels: i.labels.map((n) => labelJson(r)(r.labels.find((l) => l.name === n) as Label)),
      draft: p.draft,
      head: branchJson(r, p.head, p.headOwner, headSha),
      base: branchJson(r, p.base, r.owner, baseSha),
      merged: p.merged,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
    };
  }

  /** A `push` payload (https://docs.github.com/en/webhooks/webhook-events-and-payloads#push): up to 20 commits. */
  function pushPayload(r: Repo, ref: string, before: string, after: string, pusher: string, forced: boolean) {
    const chain: string[] = [];
    for (let s: string | undefined = after; s && s !== before && chain.length < 20; ) {
      chain.unshift(s);
      s = r.objects.commit(s)?.parents[0];
    }
    const commits = chain.map((sha) => {
      const c = r.objects.commit(sha) as NonNullable<ReturnType<ObjectStore["commit"]>>;
      const parent = c.parents[0];
      const changes = diffTrees(parent ? filesAt(r, parent) : new Map(), r.objects.flatten(c.tree));
      return {
        id: sha,
        tree_id: c.tree,
        distinct: true,
        message: c.message,
        timestamp: c.committer.date,
        url: `https://github.com/${r.owner}/${r.name}/commit/${sha}`,
        author: { name: c.author.name, email: c.author.email },
        committer: { name: c.committer.name, email: c.committer.email },
        ...changes,
      };
    });
    return {
      ref,
      before,
      after,
      created: /^0+$/.test(before),
      deleted: false,
      forced,
      base_ref: null,
      compare: `https://github.com/${r.owner}/${r.name}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
      commits,
      head_commit: commits.at(-1) ?? null,
      repository: repoJson(r),
      pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
      sender: sender(pusher),
    };
  }

  /** Move a ref and send the `push` webhook, as a push through the API or git does. */
  function moveRef(r: Repo, ref: string, sha: string, who: string, forced: boolean) {
    const before = r.refs.get(ref) ?? "0".repeat(40);
    r.refs.set(ref, sha);
    return emit(r, "push", pushPayload(r, ref, before, sha, who, forced));
  }

  // ---- the REST API --------------------------------------------------------------------------

  type Ctx = {
    req: IncomingMessage;
    who: Identity | undefined;
    params: string[];
    query: URLSearchParams;
    body: () => Promise<Record<string, unknown>>;
    /** The request's own URL and the Link header its page computed. */
    url: string;
    link?: string;
  };
  type Handler = (c: Ctx) => Promise<[number, unknown]> | [number, unknown];
  const routes: [string, RegExp, Handler][] = [];
  const route = (method: string, pattern: string, h: Handler) =>
    routes.push([method, new RegExp(`^${pattern.replace(/\{rest\}/g, "(.+)").replace(/\{\w+\}/g, "([^/]+)")}$`), h]);

  const str = (v: unknown, field: string, resource: string): string => {
    if (typeof v !== "string" || !v) invalid([{ resource, field, code: "missing_field" }]);
    return v as string;
  };

  route("GET", "/repos/{owner}/{repo}", ({ who, params: [o, n] }) => [
    200,
    repoJson(access(who, o as string, n as string, "metadata", "read"), who),
  ]);

  // https://docs.github.com/en/rest/apps/installations#list-repositories-accessible-to-the-app-installation
  route("GET", "/installation/repositories", (c) => {
    const { who } = c;
    if (who?.kind !== "installation")
      return fail(
        403,
        "You must authenticate with an installation access token in order to list repositories for an installation.",
      );
    const all = who.repositories.map((r) => repos.get(r)).filter((r): r is Repo => !!r);
    return [
      200,
      {
        total_count: all.length,
        repository_selection: "selected",
        repositories: paginate(all, c).map((r) => repoJson(r)),
      },
    ];
  });

  // Git references (https://docs.github.com/en/rest/git/refs).
  route("GET", "/repos/{owner}/{repo}/git/ref/{rest}", ({ who, params: [o, n, ref] }) => {
    const r = access(who, o as string, n as string, "contents", "read");
    const full = `refs/${ref}`;
    if (!r.refs.has(full)) return notFound();
    return [200, refJson(r, full)];
  });
  route("POST", "/repos/{owner}/{repo}/git/refs", async ({ who, params: [o, n], body }) => {
    const r = access(who, o as string, n as string, "contents", "write");
    const b = await body();
    const ref = str(b.ref, "ref", "Reference");
    const sha = str(b.sha, "sha", "Reference");
    if (!/^refs\/.+\/.+/.test(ref))
      fail(422, "Reference name must start with 'refs/' and contain at least two slashes.");
    if (r.refs.has(ref)) fail(422, "Reference already exists");
    if (!r.objects.commit(sha)) fail(422, "Object does not exist");
    void moveRef(r, ref, sha, (who as Identity).login, false);
    return [201, refJson(r, ref)];
  });
  route("PATCH", "/repos/{owner}/{repo}/git/refs/{rest}", async ({ who, params: [o, n, ref], body }) => {
    const r = access(who, o as string, n as string, "contents", "write");
    const b = await body();
    const sha = str(b.sha, "sha", "Reference");
    const full = `refs/${ref}`;
    const current = r.refs.get(full);
    if (!current) fail(422, "Reference does not exist");
    if (!r.objects.commit(sha)) fail(422, "Object does not exist");
    // Without force the update must be a fast-forward (https://docs.github.com/en/rest/git/refs#update-a-reference).
    const fastForward = r.objects.isAncestor(current as string, sha);
    if (!fastForward && b.force !== true) fail(422, "Update is not a fast forward");
    void moveRef(r, full, sha, (who as Identity).login, !fastForward);
    return [200, refJson(r, full)];
  });

  // Blobs (https://docs.github.com/en/rest/git/blobs).
  route("POST", "/repos/{owner}/{repo}/git/blobs", async ({ who, params: [o, n], body }) => {
    const r = access(who, o as string, n as string, "contents", "write");
    const b = await body();
    if (typeof b.content !== "string") invalid([{ resource: "Blob", field: "content", code: "missing_field" }]);
    const encoding = b.encoding ?? "utf-8";
    if (encoding !== "utf-8" && encoding !== "base64")
      invalid([{ resource: "Blob", field: "encoding", code: "invalid" }]);
    const content = Buffer.from(b.content as string, encoding === "base64" ? "base64" : "utf8");
    const sha = r.objects.put({ type: "blob", content });
    return [201, { sha, url: `${repoBase(r)}/git/blobs/${sha}` }];
  });
  route("GET", "/repos/{owner}/{repo}/git/blobs/{sha}", ({ who, params: [o, n, sha] }) => {
    const r = access(who, o as string, n as string, "contents", "read");
    const content = r.objects.blob(sha as string) ?? notFound();
    return [
      200,
      {
        sha,
        node_id: `B_${sha}`,
        size: content.length,
        url: `${repoBase(r)}/git/blobs/${sha}`,
        content: base64Lines(content),
        encoding: "base64",
      },
    ];
  });

  // Trees (https://docs.github.com/en/rest/git/trees): base_tree, nested paths, sha null deletes.
  route("POST", "/repos/{owner}/{repo}/git/trees", async ({ who, params: [o, n], body }) => {
    const r = access(who, o as string, n as string, "contents", "write");
    const b = await body();
    if (!Array.isArray(b.tree)) invalid([{ resource: "Tree", field: "tree", code: "missing_field" }]);
    let files = new Map<string, FlatEntry>();
    if (b.base_tree !== undefined && b.base_tree !== null) {
      if (!r.objects.tree(String(b.base_tree)))
        fail(422, "Invalid tree info", { errors: ["base_tree is not a valid tree oid"] });
      files = r.objects.flatten(String(b.base_tree));
    }
    for (const e of b.tree as Record<string, unknown>[]) {
      const path = typeof e.path === "string" ? e.path.replace(/^\/+|\/+$/g, "") : "";
      const mode = String(e.mode ?? "");
      if (!path) fail(422, "Invalid tree info", { errors: ["tree.path is required"] });
      if (!(FILE_MODES as readonly string[]).includes(mode))
        fail(422, `Invalid tree info`, { errors: [`tree.mode ${mode} is invalid`] });
      if (e.sha === null) {
        for (const p of [...files.keys()]) if (p === path || p.startsWith(`${path}/`)) files.delete(p);
        continue;
      }
      if (mode === "040000") {
        if (!r.objects.tree(String(e.sha)))
          fail(422, "Invalid tree info", { errors: [`tree.sha ${e.sha} is not a valid tree`] });
        for (const p of [...files.keys()]) if (p === path || p.startsWith(`${path}/`)) files.delete(p);
        for (const [p, f] of r.objects.flatten(String(e.sha))) files.set(`${path}/${p}`, f);
        continue;
      }
      let sha: string;
      if (typeof e.content === "string") sha = r.objects.put({ type: "blob", content: Buffer.from(e.content) });
      else if (typeof e.sha === "string" && (mode === "160000" || r.objects.blob(e.sha))) sha = e.sha;
      else return fail(422, "Invalid tree info", { errors: [`tree.sha ${String(e.sha)} is not a valid blob`] });
      for (const p of [...files.keys()]) if (p.startsWith(`${path}/`)) files.delete(p);
      files.set(path, { mode, type: mode === "160000" ? "commit" : "blob", sha });
    }
    const sha = r.objects.writeTree(files);
    return [201, treeJson(r, sha, false)];
  });
  route("GET", "/repos/{owner}/{repo}/git/trees/{sha}", ({ who, params: [o, n, sha], query }) => {
    const r = access(who, o as string, n as string, "contents", "read");
    // A commit SHA or branch name is accepted for a tree (its root tree), as GitHub does.
    const commit = resolveCommit(r, sha as string);
    const treeSha = r.objects.tree(sha as string) ? (sha as string) : commit && r.objects.commit(commit)?.tree;
    if (!treeSha) return notFound();
    // Any value of `recursive` turns recursion on (the trees page says so).
    return [200, treeJson(r, treeSha, query.has("recursive"))];
  });

  // Commits (https://docs.github.com/en/rest/git/commits).
  route("POST", "/repos/{owner}/{repo}/git/commits", async ({ who, params: [o, n], body }) => {
    const r = access(who, o as string, n as string, "contents", "write");
    const b = await body();
    const message = str(b.message, "message", "Commit");
    const tree = str(b.tree, "tree", "Commit");
    if (!r.objects.tree(tree)) fail(422, "Tree SHA does not exist");
    const parents = Array.isArray(b.parents) ? b.parents.map(String) : [];
    if (parents.some((p) => !r.objects.commit(p))) fail(422, "Parent SHA does not exist or is not a commit object");
    const me = who as Identity;
    const person = (p: unknown): Person => {
      const x = (p ?? {}) as Partial<Person>;
      return {
        name: x.name ?? me.login,
        email: x.email ?? `${me.userId}+${me.login}@users.noreply.github.com`,
        date: x.date ?? iso(),
      };
    };
    const author = person(b.author);
    const committer = b.committer ? person(b.committer) : author;
    const sha = r.objects.put({ type: "commit", tree, parents, author, committer, message });
    return [201, commitJson(r, sha)];
  });
  route("GET", "/repos/{owner}/{repo}/git/commits/{sha}", ({ who, params: [o, n, sha] }) => {
    const r = access(who, o as string, n as string, "contents", "read");
    return [200, commitJson(r, sha as string)];
  });

  // Contents (https://docs.github.com/en/rest/repos/contents#get-repository-content): a file, or a directory's listing.
  route("GET", "/repos/{owner}/{repo}/contents/{rest}", ({ who, params: [o, n, rawPath], query }) => {
    const r = access(who, o as string, n as string, "contents", "read");
    const commit = resolveCommit(r, query.get("ref")) ?? fail(404, `No commit found for the ref ${query.get("ref")}`);
    const files = filesAt(r, commit);
    const path = (rawPath as string).replace(/^\/+|\/+$/g, "");
    const entry = (p: string, f: FlatEntry) => {
      const size = r.objects.blob(f.sha)?.length ?? 0;
      return {
        type: f.type === "commit" ? "submodule" : "file",
        name: p.split("/").at(-1),
        path: p,
        sha: f.sha,
        size,
        url: `${repoBase(r)}/contents/${p}?ref=${query.get("ref") ?? r.defaultBranch}`,
        html_url: `https://github.com/${r.owner}/${r.name}/blob/${query.get("ref") ?? r.defaultBranch}/${p}`,
        git_url: `${repoBase(r)}/git/blobs/${f.sha}`,
        download_url: `https://raw.githubusercontent.com/${r.owner}/${r.name}/${query.get("ref") ?? r.defaultBranch}/${p}`,
      };
    };
    const file = files.get(path);
    if (file) {
      const content = r.objects.blob(file.sha) ?? Buffer.alloc(0);
      return [200, { ...entry(path, file), content: base64Lines(content), encoding: "base64" }];
    }
    const under = [...files].filter(([p]) => p.startsWith(`${path}/`));
    if (!under.length) return notFound();
    const names = new Map<string, unknown>();
    for (const [p, f] of under) {
      const rest = p.slice(path.length + 1);
      const child = rest.split("/")[0] as string;
      if (rest.includes("/")) names.set(child, { type: "dir", name: child, path: `${path}/${child}` });
      else names.set(child, entry(p, f));
    }
    return [200, [...names.values()]];
  });

  // Pull requests (https://docs.github.com/en/rest/pulls/pulls).
  route("POST", "/repos/{owner}/{repo}/pulls", async ({ who, params: [o, n], body }) => {
    const r = access(who, o as string, n as string, "pull_requests", "write");
    const b = await body();
    const title = str(b.title, "title", "PullRequest");
    const headArg = str(b.head, "head", "PullRequest");
    const base = str(b.base, "base", "PullRequest");
    const [headOwner, head] = headArg.includes(":") ? (headArg.split(":", 2) as [string, string]) : [r.owner, headArg];
    if (headOwner !== r.owner || !r.refs.has(`refs/heads/${head}`))
      invalid([{ resource: "PullRequest", field: "head", code: "invalid" }]);
    if (!r.refs.has(`refs/heads/${base}`)) invalid([{ resource: "PullRequest", field: "base", code: "invalid" }]);
    const headSha = r.refs.get(`refs/heads/${head}`) as string;
    const baseSha = r.refs.get(`refs/heads/${base}`) as string;
    if (r.objects.isAncestor(headSha, baseSha)) {
      invalid([{ resource: "PullRequest", code: "custom", message: `No commits between ${base} and ${head}` }]);
    }
    // One open pull request per head and base (the 422 GitHub answers; see docs/local-github.md).
    if (r.issues.some((i) => i.pull && i.state === "open" && i.pull.head === head && i.pull.base === base)) {
      invalid([
        { resource: "PullRequest", code: "custom", message: `A pull request already exists for ${headOwner}:${head}.` },
      ]);
    }
    const at = iso();
    const issue: Issue = {
      number: r.issues.length + 1,
      id: nextId(),
      title,
      body: typeof b.body === "string" ? b.body : null,
      state: "open",
      stateReason: null,
      labels: [],
      user: (who as Identity).login,
      comments: [],
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      pull: { head, headOwner, base, draft: b.draft === true, merged: false, mergedAt: null, mergeCommitSha: null },
    };
    r.issues.push(issue);
    void emit(r, "pull_request", {
      action: "opened",
      number: issue.number,
      pull_request: pullJson(r, issue),
      repository: repoJson(r),
      sender: sender(issue.user),
    });
    return [201, pullJson(r, issue)];
  });
  route("GET", "/repos/{owner}/{repo}/pulls", (c) => {
    const {
      who,
      params: [o, n],
      query,
    } = c;
    const r = access(who, o as string, n as string, "pull_requests", "read");
    const state = query.get("state") ?? "open";
    const head = query.get("head");
    const base = query.get("base");
    const list = r.issues
      .filter((i) => i.pull && (state === "all" || i.state === state))
      // `head` filters only in its "user:ref-name" form (pulls page); a bare branch name filters
      // nothing, so a client that forgets the owner sees every pull request.
      .filter((i) => !head?.includes(":") || `${i.pull?.headOwner}:${i.pull?.head}` === head)
      .filter((i) => !base || i.pull?.base === base)
      .reverse();
    return [200, paginate(list, c).map((i) => pullJson(r, i))];
  });
  route("GET", "/repos/{owner}/{repo}/pulls/{number}", ({ who, params: [o, n, num] }) => {
    const r = access(who, o as string, n as string, "pull_requests", "read");
    const i = r.issues[Number(num) - 1];
    if (!i?.pull) return notFound();
    return [200, pullJson(r, i)];
  });
  route("PATCH", "/repos/{owner}/{repo}/pulls/{number}", async ({ who, params: [o, n, num], body }) => {
    const r = access(who, o as string, n as string, "pull_requests", "write");
    const i = r.issues[Number(num) - 1];
    if (!i?.pull) return notFound();
    const b = await body();
    if (typeof b.title === "string") i.title = b.title;
    if (typeof b.body === "string") i.body = b.body;
    if (typeof b.base === "string") {
      if (!r.refs.has(`refs/heads/${b.base}`)) invalid([{ resource: "PullRequest", field: "base", code: "invalid" }]);
      i.pull.base = b.base;
    }
    if (b.state === "open" || b.state === "closed") {
      if (i.pull.merged && b.state === "open")
        invalid([
          {
            resource: "PullRequest",
            code: "custom",
            message: "state cannot be changed. The pull request has been merged.",
          },
        ]);
      if (b.state !== i.state) setState(r, i, b.state, (who as Identity).login, null);
    }
    i.updatedAt = iso();
    return [200, pullJson(r, i)];
  });

  function setState(r: Repo, i: Issue, state: "open" | "closed", by: string, reason: string | null) {
    i.state = state;
    i.closedAt = state === "closed" ? iso() : null;
    i.stateReason = state === "closed" ? (reason ?? "completed") : "reopened";
    i.updatedAt = iso();
    const action = state === "closed" ? "closed" : "reopened";
    if (i.pull) {
      i.stateReason = null;
      return emit(r, "pull_request", {
        action,
        number: i.number,
        pull_request: pullJson(r, i),
        repository: repoJson(r),
        sender: sender(by),
      });
    }
    return emit(r, "issues", { action, issue: issueJson(r, i), repository: repoJson(r), sender: sender(by) });
  }

  // Issues (https://docs.github.com/en/rest/issues/issues) and labels (https://docs.github.com/en/rest/issues/labels).
  /**
   * Issue `num` of the repository. "If the issue was transferred to or deleted from a repository where the
   * authenticated user lacks read access, the API returns a 404 Not Found status. If the issue was deleted from a
   * repository where the authenticated user has read access, the API returns a 410 Gone status"
   * (https://docs.github.com/en/rest/issues/issues#get-an-issue).
   */
  function issueAt(r: Repo, num: unknown): Issue {
    const i = r.issues[Number(num) - 1] ?? notFound();
    if (i.gone === "deleted") fail(410, "This issue was deleted");
    if (i.gone === "transferred") notFound();
    return i;
  }
  function ensureLabels(r: Repo, names: unknown[]): string[] {
    return names.map((x) => {
      const name = typeof x === "string" ? x : String((x as { name?: unknown })?.name ?? "");
      // Naming a label the repository does not have creates it (GitHub's default grey).
      if (!r.labels.some((l) => l.name === name))
        r.labels.push({ id: nextId(), name, color: "ededed", description: null });
      return name;
    });
  }
  route("POST", "/repos/{owner}/{repo}/issues", async ({ who, params: [o, n], body }) => {
    const r = access(who, o as string, n as string, "issues", "write");
    const b = await body();
    const title = str(b.title, "title", "Issue");
    const at = iso();
    const issue: Issue = {
      number: r.issues.length + 1,
      id: nextId(),
      title,
      body: typeof b.body === "string" ? b.body : null,
      state: "open",
      stateReason: null,
      labels: Array.isArray(b.labels) ? ensureLabels(r, b.labels) : [],
      user: (who as Identity).login,
      comments: [],
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    };
    r.issues.push(issue);
    void emit(r, "issues", {
      action: "opened",
      issue: issueJson(r, issue),
      repository: repoJson(r),
      sender: sender(issue.user),
    });
    return [201, issueJson(r, issue)];
  });
  route("GET", "/repos/{owner}/{repo}/issues", (c) => {
    const {
      who,
      params: [o, n],
      query,
    } = c;
    const r = access(who, o as string, n as string, "issues", "read");
    const state = query.get("state") ?? "open";
    const labels =
      query
        .get("labels")
        ?.split(",")
        .map((l) => l.trim())
        .filter(Boolean) ?? [];
    const list = r.issues
      .filter((i) => !i.gone)
      .filter((i) => state === "all" || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .reverse();
    return [200, paginate(list, c).map((i) => issueJson(r, i))];
  });
  route("GET", "/repos/{owner}/{repo}/issues/{number}", ({ who, params: [o, n, num] }) => {
    const r = access(who, o as string, n as string, "issues", "read");
    const i = issueAt(r, num);
    return [200, issueJson(r, i)];
  });
  route("PATCH", "/repos/{owner}/{repo}/issues/{number}", async ({ who, params: [o, n, num], body }) => {
    const r = access(who, o as string, n as string, "issues", "write");
    const i = issueAt(r, num);
    const b = await body();
    if (typeof b.title === "string") i.title = b.title;
    if (typeof b.body === "string" || b.body === null) i.body = b.body as string | null;
    if (Array.isArray(b.labels)) i.labels = ensureLabels(r, b.labels);
    if (b.state !== undefined && b.state !== "open" && b.state !== "closed")
      invalid([{ resource: "Issue", field: "state", code: "invalid" }]);
    if ((b.state === "open" || b.state === "closed") && b.state !== i.state) {
      void setState(r, i, b.state, (who as Identity).login, typeof b.state_reason === "string" ? b.state_reason : null);
    }
    i.updatedAt = iso();
    return [200, issueJson(r, i)];
  });
  route("POST", "/repos/{owner}/{repo}/issues/{number}/comments", async ({ who, params: [o, n, num], body }) => {
    const r = access(who, o as string, n as string, "issues", "write");
    const i = issueAt(r, num);
    const b = await body();
    const text = str(b.body, "body", "IssueComment");
    const c = { id: nextId(), body: text, user: (who as Identity).login, createdAt: iso() };
    i.comments.push(c);
    return [
      201,
      {
        id: c.id,
        node_id: `IC_${c.id}`,
        url: `${repoBase(r)}/issues/comments/${c.id}`,
        html_url: `https://github.com/${r.owner}/${r.name}/issues/${i.number}#issuecomment-${c.id}`,
        issue_url: `${repoBase(r)}/issues/${i.number}`,
        body: c.body,
        user: userJson(c.user),
        created_at: c.createdAt,
        updated_at: c.createdAt,
      },
    ];
  });
  route("POST", "/repos/{owner}/{repo}/labels", async ({ who, params: [o, n], body }) => {
    const r = access(who, o as string, n as string, "issues", "write");
    const b = await body();
    const name = str(b.name, "name", "Label");
    // Label names are unique per repository, case-insensitively.
    if (r.labels.some((l) => l.name.toLowerCase() === name.toLowerCase()))
      invalid([{ resource: "Label", code: "already_exists", field: "name" }]);
    const color = typeof b.color === "string" ? b.color.replace(/^#/, "") : "ededed";
    if (!/^[0-9a-fA-F]{6}$/.test(color)) invalid([{ resource: "Label", code: "invalid", field: "color" }]);
    const label = { id: nextId(), name, color, description: typeof b.description === "string" ? b.description : null };
    r.labels.push(label);
    return [201, labelJson(r)(label)];
  });

  function paginate<T>(all: T[], c: Ctx): T[] {
    const { items, link } = page(all, c.url, c.query);
    if (link) c.link = link;
    return items;
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const method = req.method ?? "GET";
    const rec: RequestRecord = { at: iso(), method, path, status: 0, identity: null };
    log.push(rec);
    let limitHeaders: Record<string, string> = {};
    const headers = () => ({
      "content-type": "application/json; charset=utf-8",
      "x-github-request-id": randomUUID().toUpperCase().slice(0, 23),
      "x-github-api-version-selected": "2022-11-28",
      ...limitHeaders,
    });
    try {
      let bodyText: string | undefined;
      const ctxBody = async () => {
        bodyText ??= await readBody(req);
        try {
          const parsed = bodyText ? JSON.parse(bodyText) : {};
          if (typeof parsed !== "object" || parsed === null) throw new Error();
          return parsed as Record<string, unknown>;
        } catch {
          return fail(400, "Problems parsing JSON");
        }
      };
      if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
        const app = appOfJwt(req);
        rec.identity = `app:${app.id}`;
        limitHeaders = spend(`app:${app.id}`, rate.limit, `app ID ${app.id}`);
        const id = Number(path.split("/")[3]);
        const out = createInstallationToken(app, id, await ctxBody());
        rec.status = 201;
        res.writeHead(201, headers());
        return res.end(JSON.stringify(out));
      }
      let who: Identity | undefined;
      try {
        who = identify(req);
      } catch (err) {
        // A refused token's answer still carries the caller's (unauthenticated) rate-limit headers.
        limitHeaders = spend(`ip:${req.socket.remoteAddress}`, UNAUTHENTICATED_LIMIT, `${req.socket.remoteAddress}`);
        throw err;
      }
      rec.identity = who?.bucket ?? null;
      const fault = takeFault(method, path);
      limitHeaders = who
        ? spend(
            who.bucket,
            rate.limit,
            who.kind === "pat" ? `user ID ${who.userId}` : `installation ID ${who.installationId}`,
          )
        : spend(`ip:${req.socket.remoteAddress}`, UNAUTHENTICATED_LIMIT, req.socket.remoteAddress ?? "your IP");
      if (fault) {
        if (fault.status === "secondary_rate_limit") {
          // Secondary limits: 403 or 429, retry-after in seconds (rate-limits-for-the-rest-api#exceeding-the-secondary-rate-limits).
          fail(
            fault.httpStatus ?? 403,
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
            {
              documentation_url:
                "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
            },
            { "retry-after": String(fault.retryAfter ?? 60) },
          );
        }
        fail(fault.status, fault.status === 502 ? "Server Error" : "Internal Server Error");
      }
      for (const [m, re, h] of routes) {
        const match = m === method ? re.exec(path) : null;
        if (!match) continue;
        const params = match.slice(1).map((p) => decodeURIComponent(p));
        const ctx: Ctx = { req, who, params, query, body: ctxBody, url: `${url}${path}?${query}` };
        const [status, out] = await h(ctx);
        rec.status = status;
        res.writeHead(status, { ...headers(), ...(ctx.link && { link: ctx.link }) });
        return res.end(JSON.stringify(out));
      }
      notFound();
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      rec.status = err.status;
      res.writeHead(err.status, { ...headers(), ...err.headers });
      res.end(JSON.stringify(err.body));
    }
  }

  // ---- the control API -----------------------------------------------------------------------

  async function control(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const method = req.method ?? "GET";
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const body = async () => JSON.parse((await readBody(req)) || "{}") as Record<string, unknown>;
    const repoOf = (o: string, n: string) => repos.get(`${o}/${n}`) ?? fail(404, `no repository ${o}/${n}`);
    const sent = async (p: Promise<Delivery[]>) => (await p).map((d) => d.guid);
    const on = (verb: string, re: RegExp) => (method === verb ? re.exec(path) : null);
    let m: RegExpExecArray | null;
    const route = `${method} ${path}`;

    if (route === "POST /control/reset") {
      await Promise.allSettled(pending);
      repos = new Map();
      pats = new Map();
      apps = new Map();
      installations = new Map();
      installationTokens = new Map();
      userIds = new Map();
      rate = { limit: DEFAULT_RATE_LIMIT, exhaustedStatus: 403 };
      buckets = new Map();
      faults = [];
      hooks = [];
      deliveries = [];
      pending = [];
      log = [];
      clockOffsetMs = 0;
      return json(200, { reset: true });
    }
    if (route === "POST /control/repos") {
      const b = await body();
      if (typeof b.owner !== "string" || typeof b.name !== "string")
        return json(400, { message: "owner and name are required" });
      if (repos.has(`${b.owner}/${b.name}`)) return json(409, { message: "repository exists" });
      const r = createRepo(b as Parameters<typeof createRepo>[0]);
      return json(201, { ...repoJson(r), head: r.refs.get(`refs/heads/${r.defaultBranch}`) });
    }
    if (route === "POST /control/tokens") {
      const b = (await body()) as unknown as PatConfig;
      if (typeof b.token !== "string" || typeof b.login !== "string" || !Array.isArray(b.repositories)) {
        return json(400, { message: "token, login and repositories are required" });
      }
      pats.set(b.token, { ...b, permissions: b.permissions ?? {} });
      return json(201, { token: b.token });
    }
    if (route === "POST /control/apps") {
      const b = (await body()) as unknown as AppConfig;
      if (!Number.isInteger(b.id) || typeof b.publicKey !== "string")
        return json(400, { message: "id and publicKey are required" });
      createPublicKey(b.publicKey);
      apps.set(b.id, {
        id: b.id,
        slug: b.slug ?? `app-${b.id}`,
        publicKey: b.publicKey,
        webhookUrl: b.webhookUrl,
        webhookSecret: b.webhookSecret,
      });
      return json(201, { id: b.id });
    }
    if (route === "POST /control/installations") {
      const b = (await body()) as unknown as InstallationConfig;
      if (!Number.isInteger(b.id) || !apps.has(b.appId) || !Array.isArray(b.repositories)) {
        return json(400, { message: "id, a registered appId and repositories are required" });
      }
      installations.set(b.id, { ...b, permissions: b.permissions ?? {} });
      return json(201, { id: b.id });
    }
    if (route === "POST /control/rate-limit") {
      const b = await body();
      if (b.limit !== undefined) rate.limit = Number(b.limit);
      if (b.exhaustedStatus === 403 || b.exhaustedStatus === 429) rate.exhaustedStatus = b.exhaustedStatus;
      buckets = new Map();
      return json(200, rate);
    }
    if (route === "POST /control/rate-limit/window") {
      // One caller's window, leaving every other caller's (and the shared clock) alone.
      const b = await body();
      const who = typeof b.token === "string" ? identityOf(b.token) : undefined;
      if (!who) return json(400, { message: "token must be a registered, unexpired token" });
      const w = windowOf(who.bucket, rate.limit);
      if (b.remaining !== undefined) w.used = Math.max(0, w.limit - Number(b.remaining));
      if (b.resetInSeconds !== undefined) w.resetAt = now() + Number(b.resetInSeconds) * 1000;
      return json(200, { limit: w.limit, remaining: w.limit - w.used, reset: Math.ceil(w.resetAt / 1000) });
    }
    if (route === "POST /control/clock") {
      const b = await body();
      clockOffsetMs += Number(b.advanceSeconds ?? 0) * 1000;
      return json(200, { now: iso() });
    }
    if (route === "POST /control/faults") {
      const b = (await body()) as unknown as Fault;
      if (![500, 502, 503, "secondary_rate_limit"].includes(b.status)) {
        return json(400, { message: 'status must be 500, 502, 503 or "secondary_rate_limit"' });
      }
      faults.push({ ...b, left: b.times ?? 1 });
      return json(201, { faults: faults.filter((f) => f.left > 0).length });
    }
    if (route === "DELETE /control/faults") {
      faults = [];
      return json(200, { faults: 0 });
    }
    if (route === "POST /control/hooks") {
      const b = await body();
      if (typeof b.repo !== "string" || typeof b.url !== "string")
        return json(400, { message: "repo and url are required" });
      const hook: Hook = {
        id: nextId(),
        repo: b.repo,
        url: b.url,
        secret: typeof b.secret === "string" ? b.secret : undefined,
        events: Array.isArray(b.events) ? b.events.map(String) : ["*"],
      };
      hooks.push(hook);
      return json(201, { id: hook.id });
    }
    if (route === "GET /control/requests") return json(200, { requests: log });
    if (route === "GET /control/deliveries") {
      await Promise.allSettled(pending);
      return json(200, {
        deliveries: deliveries.map(({ hook, ...d }) => ({ ...d, hookId: hook.id, payload: JSON.parse(d.body) })),
      });
    }
    m = on("POST", /^\/control\/deliveries\/([^/]+)\/redeliver$/);
    if (m) {
      const d = deliveries.find((x) => x.guid === m?.[1]);
      const hook = d?.hook;
      if (!d || !hook) return json(404, { message: "no such delivery" });
      await send(hook, d, true);
      return json(200, { guid: d.guid, attempts: d.attempts });
    }
    m = on("GET", /^\/control\/repos\/([^/]+)\/([^/]+)$/);
    if (m) {
      const r = repoOf(m[1] as string, m[2] as string);
      const ref = query.get("ref");
      const commit = resolveCommit(r, ref);
      const files: Record<string, string> = {};
      if (commit) for (const [p, f] of filesAt(r, commit)) files[p] = r.objects.blob(f.sha)?.toString("utf8") ?? "";
      return json(200, {
        refs: Object.fromEntries(r.refs),
        ref: ref ?? r.defaultBranch,
        commit: commit ?? null,
        files,
        pulls: r.issues.filter((i) => i.pull).map((i) => pullJson(r, i)),
        issues: r.issues
          .filter((i) => !i.pull && !i.gone)
          .map((i) => ({ ...issueJson(r, i), comment_bodies: i.comments.map((c) => c.body) })),
        labels: r.labels.map(labelJson(r)),
      });
    }
    // Simulated user actions, each answering the webhook deliveries it caused.
    m = on("POST", /^\/control\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/(close|reopen)$/);
    if (m) {
      const r = repoOf(m[1] as string, m[2] as string);
      const i = r.issues[Number(m[3]) - 1];
      if (!i) return json(404, { message: "no such issue" });
      const b = await body();
      const by = typeof b.login === "string" ? b.login : r.owner;
      const state = m[4] === "close" ? "closed" : "open";
      if (i.state === state) return json(409, { message: `already ${state}` });
      const guids = await sent(setState(r, i, state, by, typeof b.reason === "string" ? b.reason : null));
      return json(200, { issue: issueJson(r, i), deliveries: guids });
    }
    // A user deletes an issue, or transfers it to a repository the app cannot read (the `issues` deliveries
    // "deleted", "transferred": https://docs.github.com/en/webhooks/webhook-events-and-payloads#issues).
    m = on("POST", /^\/control\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/(delete|transfer)$/);
    if (m) {
      const r = repoOf(m[1] as string, m[2] as string);
      const i = r.issues[Number(m[3]) - 1];
      if (!i || i.pull || i.gone) return json(404, { message: "no such issue" });
      const b = await body();
      const by = typeof b.login === "string" ? b.login : r.owner;
      const payload = { issue: issueJson(r, i), repository: repoJson(r), sender: sender(by) };
      i.gone = m[4] === "delete" ? "deleted" : "transferred";
      const guids = await sent(emit(r, "issues", { action: i.gone, ...payload }));
      return json(200, { deliveries: guids });
    }
    m = on("POST", /^\/control\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/merge$/);
    if (m) {
      const r = repoOf(m[1] as string, m[2] as string);
      const i = r.issues[Number(m[3]) - 1];
      if (!i?.pull) return json(404, { message: "no such pull request" });
      if (i.state !== "open") return json(405, { message: "Pull Request is not mergeable" });
      const b = await body();
      const by = typeof b.login === "string" ? b.login : r.owner;
      const p = i.pull;
      const baseRef = `refs/heads/${p.base}`;
      const baseSha = r.refs.get(baseRef) as string;
      const headSha = r.refs.get(`refs/heads/${p.head}`) as string;
      const mb = r.objects.mergeBase(baseSha, headSha);
      const merged = mergeTrees(mb ? filesAt(r, mb) : new Map(), filesAt(r, baseSha), filesAt(r, headSha));
      if (!merged) return json(405, { message: "Pull Request is not mergeable" });
      const person = { name: by, email: `${userId(by)}+${by}@users.noreply.github.com`, date: iso() };
      const sha = r.objects.put({
        type: "commit",
        tree: r.objects.writeTree(merged),
        parents: [baseSha, headSha],
        author: person,
        committer: { name: "GitHub", email: "noreply@github.com", date: person.date },
        message: `Merge pull request #${i.number} from ${p.headOwner}/${p.head}\n\n${i.title}`,
      });
      const pushed = moveRef(r, baseRef, sha, by, false);
      Object.assign(p, { merged: true, mergedAt: iso(), mergeCommitSha: sha });
      const closed = setState(r, i, "closed", by, null);
      const guids = [...(await sent(pushed)), ...(await sent(closed))];
      return json(200, { pull: pullJson(r, i), sha, deliveries: guids });
    }
    m = on("POST", /^\/control\/repos\/([^/]+)\/([^/]+)\/push$/);
    if (m) {
      const r = repoOf(m[1] as string, m[2] as string);
      const b = await body();
      const branch = typeof b.branch === "string" ? b.branch : r.defaultBranch;
      const by = typeof b.login === "string" ? b.login : r.owner;
      const ref = `refs/heads/${branch}`;
      const parent = r.refs.get(ref);
      const files = parent ? filesAt(r, parent) : new Map<string, FlatEntry>();
      for (const [p, content] of Object.entries((b.files ?? {}) as Record<string, string | null>)) {
        if (content === null) files.delete(p);
        else
          files.set(p, {
            mode: "100644",
            type: "blob",
            sha: r.objects.put({ type: "blob", content: Buffer.from(content) }),
          });
      }
      const person = { name: by, email: `${userId(by)}+${by}@users.noreply.github.com`, date: iso() };
      const sha = r.objects.put({
        type: "commit",
        tree: r.objects.writeTree(files),
        parents: parent ? [parent] : [],
        author: person,
        committer: person,
        message: typeof b.message === "string" ? b.message : "Update files",
      });
      const guids = await sent(moveRef(r, ref, sha, by, false));
      return json(200, { sha, deliveries: guids });
    }
    return json(404, { message: `no control route ${route}` });
  }

  const server = createServer(async (req, res) => {
    const u = new URL(req.url ?? "/", "http://local");
    try {
      if (u.pathname.startsWith("/control/")) return await control(req, res, u.pathname, u.searchParams);
      return await api(req, res, u.pathname, u.searchParams);
    } catch (err) {
      if (err instanceof HttpError) {
        res.writeHead(err.status, { "content-type": "application/json" });
        return res.end(JSON.stringify(err.body));
      }
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: (err as Error).message }));
    }
  });
  const listening = await listenLocal(server, opts.port, opts.host);
  url = listening.url;
  return {
    url,
    close: async () => {
      // Deliveries in flight first: a test's receiver sees every one before the server goes.
      await Promise.allSettled(pending);
      await listening.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const gh = await startLocalGithub({ port: Number(process.argv[2] ?? 0) });
  console.log(`local GitHub API on ${gh.url} (control API under ${gh.url}/control)`);
}
