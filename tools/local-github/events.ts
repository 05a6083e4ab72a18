// The local GitHub stand-in's webhook events: queueing a delivery to each repository hook and app
// webhook that wants an event, and the changes that send one (a ref moving sends `push`, an issue or
// pull request closing or reopening sends `issues` or `pull_request`). Sending is webhooks.ts.
import { diffTrees, type ObjectStore } from "./git.ts";
import { filesAt } from "./repository.ts";
import { issueJson, pullJson, repoJson, userJson } from "./representations.ts";
import { type Issue, iso, type LocalGithubState, type Repo } from "./state.ts";
import { type Delivery, type Hook, newDelivery, send } from "./webhooks.ts";

/** Queue a delivery to every hook of the repository that wants the event; resolves when sent. */
export function emit(
  s: LocalGithubState,
  r: Repo,
  event: string,
  payload: Record<string, unknown>,
): Promise<Delivery[]> {
  const full = `${r.owner}/${r.name}`;
  const repoHooks = s.hooks
    .filter((h) => h.repo === full && (h.events.includes("*") || h.events.includes(event)))
    .map((h) => ({ h, body: payload }));
  // A GitHub App's webhook gets the events of the repositories it is installed on, with the
  // `installation` that lets it authenticate (https://docs.github.com/en/webhooks/webhook-events-and-payloads#installation).
  const appHooks = [...s.installations.values()]
    .filter((i) => i.repositories.includes(full))
    .flatMap((i) => {
      const app = s.apps.get(i.appId);
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
    s.deliveries.push(d);
    await send(h, d, false);
    return d;
  });
  const all = Promise.all(sent);
  s.pending.push(all.then(() => undefined));
  return all;
}

export const sender = (s: LocalGithubState, login: string) => userJson(s, login);

/** A `push` payload (https://docs.github.com/en/webhooks/webhook-events-and-payloads#push): up to 20 commits. */
function pushPayload(
  s: LocalGithubState,
  r: Repo,
  ref: string,
  before: string,
  after: string,
  pusher: string,
  forced: boolean,
) {
  const chain: string[] = [];
  for (let sha: string | undefined = after; sha && sha !== before && chain.length < 20; ) {
    chain.unshift(sha);
    sha = r.objects.commit(sha)?.parents[0];
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
    repository: repoJson(s, r),
    pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
    sender: sender(s, pusher),
  };
}

/** Move a ref and send the `push` webhook, as a push through the API or git does. */
export function moveRef(s: LocalGithubState, r: Repo, ref: string, sha: string, who: string, forced: boolean) {
  const before = r.refs.get(ref) ?? "0".repeat(40);
  r.refs.set(ref, sha);
  return emit(s, r, "push", pushPayload(s, r, ref, before, sha, who, forced));
}

/** Close or reopen an issue or pull request and send its `issues` or `pull_request` webhook. */
export function setState(
  s: LocalGithubState,
  r: Repo,
  i: Issue,
  state: "open" | "closed",
  by: string,
  reason: string | null,
) {
  i.state = state;
  i.closedAt = state === "closed" ? iso(s) : null;
  i.stateReason = state === "closed" ? (reason ?? "completed") : "reopened";
  i.updatedAt = iso(s);
  const action = state === "closed" ? "closed" : "reopened";
  if (i.pull) {
    i.stateReason = null;
    return emit(s, r, "pull_request", {
      action,
      number: i.number,
      pull_request: pullJson(s, r, i),
      repository: repoJson(s, r),
      sender: sender(s, by),
    });
  }
  return emit(s, r, "issues", { action, issue: issueJson(s, r, i), repository: repoJson(s, r), sender: sender(s, by) });
}
