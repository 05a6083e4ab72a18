// The local GitHub stand-in's issue routes: issues (https://docs.github.com/en/rest/issues/issues), their
// comments, and labels (https://docs.github.com/en/rest/issues/labels).
import { access } from "./auth.ts";
import { emit, sender, setState } from "./events.ts";
import { fail, invalid, notFound } from "./http.ts";
import { openIssue } from "./repository.ts";
import { issueJson, labelJson, repoBase, repoJson, userJson } from "./representations.ts";
import { paginate, type Route, str } from "./router.ts";
import { type Identity, type Issue, iso, type LocalGithubState, nextId, type Repo } from "./state.ts";

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

export function issueRoutes(s: LocalGithubState, route: Route): void {
  route("POST", "/repos/{owner}/{repo}/issues", async ({ who, params: [o, n], body }) => {
    const r = access(s, who, o as string, n as string, "issues", "write");
    const b = await body();
    const title = str(b.title, "title", "Issue");
    const issue = openIssue(s, r, {
      title,
      body: typeof b.body === "string" ? b.body : null,
      labels: Array.isArray(b.labels) ? ensureLabels(s, r, b.labels) : [],
      user: (who as Identity).login,
    });
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
}
