// The local GitHub REST API stand-in: the endpoints the GitHub integration uses, answering as
// docs.github.com documents them (each behaviour's page is cited next to it and in
// docs/local-github.md), with in-memory state, a control API under /control, and signed webhook
// deliveries. Run alone: `node tools/local-github/server.ts [port]`.
import { createPublicKey, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenLocal } from "../listen.ts";
import { access, appOfJwt, createInstallationToken, identify, identityOf } from "./auth.ts";
import { emit, moveRef, sender, setState } from "./events.ts";
import { FILE_MODES, type FlatEntry, mergeTrees, type Person } from "./git.ts";
import { base64Lines, fail, HttpError, invalid, notFound, page, readBody } from "./http.ts";
import { spend, takeFault, UNAUTHENTICATED_LIMIT, windowOf } from "./rate-limits.ts";
import { createRepo, filesAt, resolveCommit } from "./repository.ts";
import {
  commitJson,
  issueJson,
  labelJson,
  pullJson,
  refJson,
  repoBase,
  repoJson,
  treeJson,
  userJson,
} from "./representations.ts";
import {
  type AppConfig,
  createState,
  type Fault,
  type Identity,
  type InstallationConfig,
  type Issue,
  iso,
  type LocalGithubState,
  nextId,
  now,
  type PatConfig,
  type Repo,
  type RequestRecord,
  resetState,
  userId,
} from "./state.ts";
import { type Delivery, type Hook, send } from "./webhooks.ts";

export interface LocalGithub {
  /** The API's base URL (Octokit's `baseUrl`). The control API is under `${url}/control`. */
  url: string;
  close(): Promise<void>;
}

export async function startLocalGithub(opts: { port?: number; host?: string } = {}): Promise<LocalGithub> {
  const s = createState();

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
    repoJson(s, access(s, who, o as string, n as string, "metadata", "read"), who),
  ]);

  // https://docs.github.com/en/rest/apps/installations#list-repositories-accessible-to-the-app-installation
  route("GET", "/installation/repositories", (c) => {
    const { who } = c;
    if (who?.kind !== "installation")
      return fail(
        403,
        "You must authenticate with an installation access token in order to list repositories for an installation.",
      );
    const all = who.repositories.map((r) => s.repos.get(r)).filter((r): r is Repo => !!r);
    return [
      200,
      {
        total_count: all.length,
        repository_selection: "selected",
        repositories: paginate(all, c).map((r) => repoJson(s, r)),
      },
    ];
  });

  // Git references (https://docs.github.com/en/rest/git/refs).
  route("GET", "/repos/{owner}/{repo}/git/ref/{rest}", ({ who, params: [o, n, ref] }) => {
    const r = access(s, who, o as string, n as string, "contents", "read");
    const full = `refs/${ref}`;
    if (!r.refs.has(full)) return notFound();
    return [200, refJson(s, r, full)];
  });
  route("POST", "/repos/{owner}/{repo}/git/refs", async ({ who, params: [o, n], body }) => {
    const r = access(s, who, o as string, n as string, "contents", "write");
    const b = await body();
    const ref = str(b.ref, "ref", "Reference");
    const sha = str(b.sha, "sha", "Reference");
    if (!/^refs\/.+\/.+/.test(ref))
      fail(422, "Reference name must start with 'refs/' and contain at least two slashes.");
    if (r.refs.has(ref)) fail(422, "Reference already exists");
    if (!r.objects.commit(sha)) fail(422, "Object does not exist");
    void moveRef(s, r, ref, sha, (who as Identity).login, false);
    return [201, refJson(s, r, ref)];
  });
  route("PATCH", "/repos/{owner}/{repo}/git/refs/{rest}", async ({ who, params: [o, n, ref], body }) => {
    const r = access(s, who, o as string, n as string, "contents", "write");
    const b = await body();
    const sha = str(b.sha, "sha", "Reference");
    const full = `refs/${ref}`;
    const current = r.refs.get(full);
    if (!current) fail(422, "Reference does not exist");
    if (!r.objects.commit(sha)) fail(422, "Object does not exist");
    // Without force the update must be a fast-forward (https://docs.github.com/en/rest/git/refs#update-a-reference).
    const fastForward = r.objects.isAncestor(current as string, sha);
    if (!fastForward && b.force !== true) fail(422, "Update is not a fast forward");
    void moveRef(s, r, full, sha, (who as Identity).login, !fastForward);
    return [200, refJson(s, r, full)];
  });

  // Blobs (https://docs.github.com/en/rest/git/blobs).
  route("POST", "/repos/{owner}/{repo}/git/blobs", async ({ who, params: [o, n], body }) => {
    const r = access(s, who, o as string, n as string, "contents", "write");
    const b = await body();
    if (typeof b.content !== "string") invalid([{ resource: "Blob", field: "content", code: "missing_field" }]);
    const encoding = b.encoding ?? "utf-8";
    if (encoding !== "utf-8" && encoding !== "base64")
      invalid([{ resource: "Blob", field: "encoding", code: "invalid" }]);
    const content = Buffer.from(b.content as string, encoding === "base64" ? "base64" : "utf8");
    const sha = r.objects.put({ type: "blob", content });
    return [201, { sha, url: `${repoBase(s, r)}/git/blobs/${sha}` }];
  });
  route("GET", "/repos/{owner}/{repo}/git/blobs/{sha}", ({ who, params: [o, n, sha] }) => {
    const r = access(s, who, o as string, n as string, "contents", "read");
    const content = r.objects.blob(sha as string) ?? notFound();
    return [
      200,
      {
        sha,
        node_id: `B_${sha}`,
        size: content.length,
        url: `${repoBase(s, r)}/git/blobs/${sha}`,
        content: base64Lines(content),
        encoding: "base64",
      },
    ];
  });

  // Trees (https://docs.github.com/en/rest/git/trees): base_tree, nested paths, sha null deletes.
  route("POST", "/repos/{owner}/{repo}/git/trees", async ({ who, params: [o, n], body }) => {
    const r = access(s, who, o as string, n as string, "contents", "write");
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
    return [201, treeJson(s, r, sha, false)];
  });
  route("GET", "/repos/{owner}/{repo}/git/trees/{sha}", ({ who, params: [o, n, sha], query }) => {
    const r = access(s, who, o as string, n as string, "contents", "read");
    // A commit SHA or branch name is accepted for a tree (its root tree), as GitHub does.
    const commit = resolveCommit(r, sha as string);
    const treeSha = r.objects.tree(sha as string) ? (sha as string) : commit && r.objects.commit(commit)?.tree;
    if (!treeSha) return notFound();
    // Any value of `recursive` turns recursion on (the trees page says so).
    return [200, treeJson(s, r, treeSha, query.has("recursive"))];
  });

  // Commits (https://docs.github.com/en/rest/git/commits).
  route("POST", "/repos/{owner}/{repo}/git/commits", async ({ who, params: [o, n], body }) => {
    const r = access(s, who, o as string, n as string, "contents", "write");
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
        date: x.date ?? iso(s),
      };
    };
    const author = person(b.author);
    const committer = b.committer ? person(b.committer) : author;
    const sha = r.objects.put({ type: "commit", tree, parents, author, committer, message });
    return [201, commitJson(s, r, sha)];
  });
  route("GET", "/repos/{owner}/{repo}/git/commits/{sha}", ({ who, params: [o, n, sha] }) => {
    const r = access(s, who, o as string, n as string, "contents", "read");
    return [200, commitJson(s, r, sha as string)];
  });

  // Contents (https://docs.github.com/en/rest/repos/contents#get-repository-content): a file, or a directory's listing.
  route("GET", "/repos/{owner}/{repo}/contents/{rest}", ({ who, params: [o, n, rawPath], query }) => {
    const r = access(s, who, o as string, n as string, "contents", "read");
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
        url: `${repoBase(s, r)}/contents/${p}?ref=${query.get("ref") ?? r.defaultBranch}`,
        html_url: `https://github.com/${r.owner}/${r.name}/blob/${query.get("ref") ?? r.defaultBranch}/${p}`,
        git_url: `${repoBase(s, r)}/git/blobs/${f.sha}`,
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
    const r = access(s, who, o as string, n as string, "pull_requests", "write");
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
    const at = iso(s);
    const issue: Issue = {
      number: r.issues.length + 1,
      id: nextId(s),
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
    void emit(s, r, "pull_request", {
      action: "opened",
      number: issue.number,
      pull_request: pullJson(s, r, issue),
      repository: repoJson(s, r),
      sender: sender(s, issue.user),
    });
    return [201, pullJson(s, r, issue)];
  });
  route("GET", "/repos/{owner}/{repo}/pulls", (c) => {
    const {
      who,
      params: [o, n],
      query,
    } = c;
    const r = access(s, who, o as string, n as string, "pull_requests", "read");
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
    return [200, paginate(list, c).map((i) => pullJson(s, r, i))];
  });
  route("GET", "/repos/{owner}/{repo}/pulls/{number}", ({ who, params: [o, n, num] }) => {
    const r = access(s, who, o as string, n as string, "pull_requests", "read");
    const i = r.issues[Number(num) - 1];
    if (!i?.pull) return notFound();
    return [200, pullJson(s, r, i)];
  });
  route("PATCH", "/repos/{owner}/{repo}/pulls/{number}", async ({ who, params: [o, n, num], body }) => {
    const r = access(s, who, o as string, n as string, "pull_requests", "write");
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
      if (b.state !== i.state) setState(s, r, i, b.state, (who as Identity).login, null);
    }
    i.updatedAt = iso(s);
    return [200, pullJson(s, r, i)];
  });

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
  function ensureLabels(s: LocalGithubState, r: Repo, names: unknown[]): string[] {
    return names.map((x) => {
      const name = typeof x === "string" ? x : String((x as { name?: unknown })?.name ?? "");
      // Naming a label the repository does not have creates it (GitHub's default grey).
      if (!r.labels.some((l) => l.name === name))
        r.labels.push({ id: nextId(s), name, color: "ededed", description: null });
      return name;
    });
  }
  route("POST", "/repos/{owner}/{repo}/issues", async ({ who, params: [o, n], body }) => {
    const r = access(s, who, o as string, n as string, "issues", "write");
    const b = await body();
    const title = str(b.title, "title", "Issue");
    const at = iso(s);
    const issue: Issue = {
      number: r.issues.length + 1,
      id: nextId(s),
      title,
      body: typeof b.body === "string" ? b.body : null,
      state: "open",
      stateReason: null,
      labels: Array.isArray(b.labels) ? ensureLabels(s, r, b.labels) : [],
      user: (who as Identity).login,
      comments: [],
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    };
    r.issues.push(issue);
    void emit(s, r, "issues", {
      action: "opened",
      issue: issueJson(s, r, issue),
      repository: repoJson(s, r),
      sender: sender(s, issue.user),
    });
    return [201, issueJson(s, r, issue)];
  });
  route("GET", "/repos/{owner}/{repo}/issues", (c) => {
    const {
      who,
      params: [o, n],
      query,
    } = c;
    const r = access(s, who, o as string, n as string, "issues", "read");
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
    return [200, paginate(list, c).map((i) => issueJson(s, r, i))];
  });
  route("GET", "/repos/{owner}/{repo}/issues/{number}", ({ who, params: [o, n, num] }) => {
    const r = access(s, who, o as string, n as string, "issues", "read");
    const i = issueAt(r, num);
    return [200, issueJson(s, r, i)];
  });
  route("PATCH", "/repos/{owner}/{repo}/issues/{number}", async ({ who, params: [o, n, num], body }) => {
    const r = access(s, who, o as string, n as string, "issues", "write");
    const i = issueAt(r, num);
    const b = await body();
    if (typeof b.title === "string") i.title = b.title;
    if (typeof b.body === "string" || b.body === null) i.body = b.body as string | null;
    if (Array.isArray(b.labels)) i.labels = ensureLabels(s, r, b.labels);
    if (b.state !== undefined && b.state !== "open" && b.state !== "closed")
      invalid([{ resource: "Issue", field: "state", code: "invalid" }]);
    if ((b.state === "open" || b.state === "closed") && b.state !== i.state) {
      void setState(
        s,
        r,
        i,
        b.state,
        (who as Identity).login,
        typeof b.state_reason === "string" ? b.state_reason : null,
      );
    }
    i.updatedAt = iso(s);
    return [200, issueJson(s, r, i)];
  });
  route("POST", "/repos/{owner}/{repo}/issues/{number}/comments", async ({ who, params: [o, n, num], body }) => {
    const r = access(s, who, o as string, n as string, "issues", "write");
    const i = issueAt(r, num);
    const b = await body();
    const text = str(b.body, "body", "IssueComment");
    const c = { id: nextId(s), body: text, user: (who as Identity).login, createdAt: iso(s) };
    i.comments.push(c);
    return [
      201,
      {
        id: c.id,
        node_id: `IC_${c.id}`,
        url: `${repoBase(s, r)}/issues/comments/${c.id}`,
        html_url: `https://github.com/${r.owner}/${r.name}/issues/${i.number}#issuecomment-${c.id}`,
        issue_url: `${repoBase(s, r)}/issues/${i.number}`,
        body: c.body,
        user: userJson(s, c.user),
        created_at: c.createdAt,
        updated_at: c.createdAt,
      },
    ];
  });
  route("POST", "/repos/{owner}/{repo}/labels", async ({ who, params: [o, n], body }) => {
    const r = access(s, who, o as string, n as string, "issues", "write");
    const b = await body();
    const name = str(b.name, "name", "Label");
    // Label names are unique per repository, case-insensitively.
    if (r.labels.some((l) => l.name.toLowerCase() === name.toLowerCase()))
      invalid([{ resource: "Label", code: "already_exists", field: "name" }]);
    const color = typeof b.color === "string" ? b.color.replace(/^#/, "") : "ededed";
    if (!/^[0-9a-fA-F]{6}$/.test(color)) invalid([{ resource: "Label", code: "invalid", field: "color" }]);
    const label = { id: nextId(s), name, color, description: typeof b.description === "string" ? b.description : null };
    r.labels.push(label);
    return [201, labelJson(s, r)(label)];
  });

  function paginate<T>(all: T[], c: Ctx): T[] {
    const { items, link } = page(all, c.url, c.query);
    if (link) c.link = link;
    return items;
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const method = req.method ?? "GET";
    const rec: RequestRecord = { at: iso(s), method, path, status: 0, identity: null };
    s.log.push(rec);
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
        const app = appOfJwt(s, req);
        rec.identity = `app:${app.id}`;
        limitHeaders = spend(s, `app:${app.id}`, s.rate.limit, `app ID ${app.id}`);
        const id = Number(path.split("/")[3]);
        const out = createInstallationToken(s, app, id, await ctxBody());
        rec.status = 201;
        res.writeHead(201, headers());
        return res.end(JSON.stringify(out));
      }
      let who: Identity | undefined;
      try {
        who = identify(s, req);
      } catch (err) {
        // A refused token's answer still carries the caller's (unauthenticated) rate-limit headers.
        limitHeaders = spend(s, `ip:${req.socket.remoteAddress}`, UNAUTHENTICATED_LIMIT, `${req.socket.remoteAddress}`);
        throw err;
      }
      rec.identity = who?.bucket ?? null;
      const fault = takeFault(s, method, path);
      limitHeaders = who
        ? spend(
            s,
            who.bucket,
            s.rate.limit,
            who.kind === "pat" ? `user ID ${who.userId}` : `installation ID ${who.installationId}`,
          )
        : spend(s, `ip:${req.socket.remoteAddress}`, UNAUTHENTICATED_LIMIT, req.socket.remoteAddress ?? "your IP");
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
        const ctx: Ctx = { req, who, params, query, body: ctxBody, url: `${s.url}${path}?${query}` };
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
    const repoOf = (o: string, n: string) => s.repos.get(`${o}/${n}`) ?? fail(404, `no repository ${o}/${n}`);
    const sent = async (p: Promise<Delivery[]>) => (await p).map((d) => d.guid);
    const on = (verb: string, re: RegExp) => (method === verb ? re.exec(path) : null);
    let m: RegExpExecArray | null;
    const route = `${method} ${path}`;

    if (route === "POST /control/reset") {
      await Promise.allSettled(s.pending);
      resetState(s);
      return json(200, { reset: true });
    }
    if (route === "POST /control/repos") {
      const b = await body();
      if (typeof b.owner !== "string" || typeof b.name !== "string")
        return json(400, { message: "owner and name are required" });
      if (s.repos.has(`${b.owner}/${b.name}`)) return json(409, { message: "repository exists" });
      const r = createRepo(s, b as Parameters<typeof createRepo>[1]);
      return json(201, { ...repoJson(s, r), head: r.refs.get(`refs/heads/${r.defaultBranch}`) });
    }
    if (route === "POST /control/tokens") {
      const b = (await body()) as unknown as PatConfig;
      if (typeof b.token !== "string" || typeof b.login !== "string" || !Array.isArray(b.repositories)) {
        return json(400, { message: "token, login and repositories are required" });
      }
      s.pats.set(b.token, { ...b, permissions: b.permissions ?? {} });
      return json(201, { token: b.token });
    }
    if (route === "POST /control/apps") {
      const b = (await body()) as unknown as AppConfig;
      if (!Number.isInteger(b.id) || typeof b.publicKey !== "string")
        return json(400, { message: "id and publicKey are required" });
      createPublicKey(b.publicKey);
      s.apps.set(b.id, {
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
      if (!Number.isInteger(b.id) || !s.apps.has(b.appId) || !Array.isArray(b.repositories)) {
        return json(400, { message: "id, a registered appId and repositories are required" });
      }
      s.installations.set(b.id, { ...b, permissions: b.permissions ?? {} });
      return json(201, { id: b.id });
    }
    if (route === "POST /control/rate-limit") {
      const b = await body();
      if (b.limit !== undefined) s.rate.limit = Number(b.limit);
      if (b.exhaustedStatus === 403 || b.exhaustedStatus === 429) s.rate.exhaustedStatus = b.exhaustedStatus;
      s.buckets = new Map();
      return json(200, s.rate);
    }
    if (route === "POST /control/rate-limit/window") {
      // One caller's window, leaving every other caller's (and the shared clock) alone.
      const b = await body();
      const who = typeof b.token === "string" ? identityOf(s, b.token) : undefined;
      if (!who) return json(400, { message: "token must be a registered, unexpired token" });
      const w = windowOf(s, who.bucket, s.rate.limit);
      if (b.remaining !== undefined) w.used = Math.max(0, w.limit - Number(b.remaining));
      if (b.resetInSeconds !== undefined) w.resetAt = now(s) + Number(b.resetInSeconds) * 1000;
      return json(200, { limit: w.limit, remaining: w.limit - w.used, reset: Math.ceil(w.resetAt / 1000) });
    }
    if (route === "POST /control/clock") {
      const b = await body();
      s.clockOffsetMs += Number(b.advanceSeconds ?? 0) * 1000;
      return json(200, { now: iso(s) });
    }
    if (route === "POST /control/faults") {
      const b = (await body()) as unknown as Fault;
      if (![500, 502, 503, "secondary_rate_limit"].includes(b.status)) {
        return json(400, { message: 'status must be 500, 502, 503 or "secondary_rate_limit"' });
      }
      s.faults.push({ ...b, left: b.times ?? 1 });
      return json(201, { faults: s.faults.filter((f) => f.left > 0).length });
    }
    if (route === "DELETE /control/faults") {
      s.faults = [];
      return json(200, { faults: 0 });
    }
    if (route === "POST /control/hooks") {
      const b = await body();
      if (typeof b.repo !== "string" || typeof b.url !== "string")
        return json(400, { message: "repo and url are required" });
      const hook: Hook = {
        id: nextId(s),
        repo: b.repo,
        url: b.url,
        secret: typeof b.secret === "string" ? b.secret : undefined,
        events: Array.isArray(b.events) ? b.events.map(String) : ["*"],
      };
      s.hooks.push(hook);
      return json(201, { id: hook.id });
    }
    if (route === "GET /control/requests") return json(200, { requests: s.log });
    if (route === "GET /control/deliveries") {
      await Promise.allSettled(s.pending);
      return json(200, {
        deliveries: s.deliveries.map(({ hook, ...d }) => ({ ...d, hookId: hook.id, payload: JSON.parse(d.body) })),
      });
    }
    m = on("POST", /^\/control\/deliveries\/([^/]+)\/redeliver$/);
    if (m) {
      const d = s.deliveries.find((x) => x.guid === m?.[1]);
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
        pulls: r.issues.filter((i) => i.pull).map((i) => pullJson(s, r, i)),
        issues: r.issues
          .filter((i) => !i.pull && !i.gone)
          .map((i) => ({ ...issueJson(s, r, i), comment_bodies: i.comments.map((c) => c.body) })),
        labels: r.labels.map(labelJson(s, r)),
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
      const guids = await sent(setState(s, r, i, state, by, typeof b.reason === "string" ? b.reason : null));
      return json(200, { issue: issueJson(s, r, i), deliveries: guids });
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
      const payload = { issue: issueJson(s, r, i), repository: repoJson(s, r), sender: sender(s, by) };
      i.gone = m[4] === "delete" ? "deleted" : "transferred";
      const guids = await sent(emit(s, r, "issues", { action: i.gone, ...payload }));
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
      const person = { name: by, email: `${userId(s, by)}+${by}@users.noreply.github.com`, date: iso(s) };
      const sha = r.objects.put({
        type: "commit",
        tree: r.objects.writeTree(merged),
        parents: [baseSha, headSha],
        author: person,
        committer: { name: "GitHub", email: "noreply@github.com", date: person.date },
        message: `Merge pull request #${i.number} from ${p.headOwner}/${p.head}\n\n${i.title}`,
      });
      const pushed = moveRef(s, r, baseRef, sha, by, false);
      Object.assign(p, { merged: true, mergedAt: iso(s), mergeCommitSha: sha });
      const closed = setState(s, r, i, "closed", by, null);
      const guids = [...(await sent(pushed)), ...(await sent(closed))];
      return json(200, { pull: pullJson(s, r, i), sha, deliveries: guids });
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
      const person = { name: by, email: `${userId(s, by)}+${by}@users.noreply.github.com`, date: iso(s) };
      const sha = r.objects.put({
        type: "commit",
        tree: r.objects.writeTree(files),
        parents: parent ? [parent] : [],
        author: person,
        committer: person,
        message: typeof b.message === "string" ? b.message : "Update files",
      });
      const guids = await sent(moveRef(s, r, ref, sha, by, false));
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
  s.url = listening.url;
  return {
    url: s.url,
    close: async () => {
      // Deliveries in flight first: a test's receiver sees every one before the server goes.
      await Promise.allSettled(s.pending);
      await listening.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const gh = await startLocalGithub({ port: Number(process.argv[2] ?? 0) });
  console.log(`local GitHub API on ${gh.url} (control API under ${gh.url}/control)`);
}
