// The local GitHub stand-in's control API under /control: what tests and `npm run dev` set up
// (repositories, tokens, apps, installations, hooks, rate limits, the clock, faults), what they read
// back (requests, deliveries, a repository's refs, files, issues and pull requests), and simulated user
// actions (close, reopen, delete or transfer an issue, merge a pull request, push), each answering the
// webhook deliveries it caused.
import { createPublicKey } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { identityOf } from "./auth.ts";
import { emit, moveRef, sender, setState } from "./events.ts";
import { type FlatEntry, mergeTrees } from "./git.ts";
import { fail, readBody } from "./http.ts";
import { windowOf } from "./rate-limits.ts";
import { createRepo, filesAt, resolveCommit } from "./repository.ts";
import { issueJson, labelJson, pullJson, repoJson } from "./representations.ts";
import {
  type AppConfig,
  type Fault,
  type InstallationConfig,
  iso,
  type LocalGithubState,
  nextId,
  now,
  type PatConfig,
  resetState,
  userId,
} from "./state.ts";
import { type Delivery, type Hook, send } from "./webhooks.ts";

export async function control(
  s: LocalGithubState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
) {
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
