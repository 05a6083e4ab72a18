// The local GitHub stand-in's pull request routes: open, list, get and update (title, body, base, state).
import { access } from "./auth.ts";
import { emit, sender, setState } from "./events.ts";
import { invalid, notFound } from "./http.ts";
import { openIssue } from "./repository.ts";
import { pullJson, repoJson } from "./representations.ts";
import { paginate, type Route, str } from "./router.ts";
import { type Identity, iso, type LocalGithubState } from "./state.ts";

export function pullRoutes(s: LocalGithubState, route: Route): void {
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
    const issue = openIssue(s, r, {
      title,
      body: typeof b.body === "string" ? b.body : null,
      labels: [],
      user: (who as Identity).login,
      pull: { head, headOwner, base, draft: b.draft === true, merged: false, mergedAt: null, mergeCommitSha: null },
    });
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
}
