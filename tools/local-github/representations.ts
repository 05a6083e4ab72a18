// The local GitHub stand-in's JSON for each resource, as GitHub's REST API answers it: users,
// repositories, refs, commits, trees, issues, labels and pull requests.
import { notFound } from "./http.ts";
import type { Identity, Issue, Label, LocalGithubState, Pull, Repo } from "./state.ts";
import { userId } from "./state.ts";

export const userJson = (s: LocalGithubState, login: string) => ({
  login,
  id: userId(s, login),
  node_id: `U_${userId(s, login)}`,
  type: login.endsWith("[bot]") ? "Bot" : "User",
  url: `${s.url}/users/${encodeURIComponent(login)}`,
  html_url: `https://github.com/${login}`,
});

export const repoBase = (s: LocalGithubState, r: Repo) => `${s.url}/repos/${r.owner}/${r.name}`;

export function repoJson(s: LocalGithubState, r: Repo, who?: Identity) {
  return {
    id: r.id,
    node_id: `R_${r.id}`,
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    private: r.private,
    visibility: r.private ? "private" : "public",
    owner: userJson(s, r.owner),
    html_url: `https://github.com/${r.owner}/${r.name}`,
    url: repoBase(s, r),
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

export function refJson(s: LocalGithubState, r: Repo, ref: string) {
  const sha = r.refs.get(ref) as string;
  return {
    ref,
    node_id: `REF_${Buffer.from(ref).toString("hex").slice(0, 12)}`,
    url: `${repoBase(s, r)}/git/${ref}`,
    object: { sha, type: "commit", url: `${repoBase(s, r)}/git/commits/${sha}` },
  };
}

export function commitJson(s: LocalGithubState, r: Repo, sha: string) {
  const c = r.objects.commit(sha) ?? notFound();
  return {
    sha,
    node_id: `C_${sha}`,
    url: `${repoBase(s, r)}/git/commits/${sha}`,
    html_url: `https://github.com/${r.owner}/${r.name}/commit/${sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message,
    tree: { sha: c.tree, url: `${repoBase(s, r)}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${repoBase(s, r)}/git/commits/${p}`,
      html_url: `https://github.com/${r.owner}/${r.name}/commit/${p}`,
    })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

export function treeJson(s: LocalGithubState, r: Repo, sha: string, recursive: boolean) {
  const entries = recursive
    ? r.objects.walk(sha)
    : (r.objects.tree(sha) ?? []).map((entry) => ({ path: entry.name, entry }));
  return {
    sha,
    url: `${repoBase(s, r)}/git/trees/${sha}`,
    tree: entries.map(({ path, entry }) => ({
      path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.type === "blob" && { size: r.objects.blob(entry.sha)?.length ?? 0 }),
      url: `${repoBase(s, r)}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`,
    })),
    truncated: false,
  };
}

export function issueJson(s: LocalGithubState, r: Repo, i: Issue) {
  const labels = i.labels.map((n) => r.labels.find((l) => l.name === n) as Label);
  return {
    id: i.id,
    node_id: `I_${i.id}`,
    number: i.number,
    url: `${repoBase(s, r)}/issues/${i.number}`,
    html_url: `https://github.com/${r.owner}/${r.name}/${i.pull ? "pull" : "issues"}/${i.number}`,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.stateReason,
    user: userJson(s, i.user),
    labels: labels.map(labelJson(s, r)),
    comments: i.comments.length,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    // "GitHub's REST API considers every pull request an issue" (https://docs.github.com/en/rest/issues/issues#list-repository-issues).
    ...(i.pull && { pull_request: { url: `${repoBase(s, r)}/pulls/${i.number}`, merged_at: i.pull.mergedAt } }),
  };
}

export const labelJson = (s: LocalGithubState, r: Repo) => (l: Label) => ({
  id: l.id,
  node_id: `LA_${l.id}`,
  url: `${repoBase(s, r)}/labels/${encodeURIComponent(l.name)}`,
  name: l.name,
  color: l.color,
  default: false,
  description: l.description,
});

function branchJson(s: LocalGithubState, r: Repo, branch: string, owner: string, sha: string) {
  return { label: `${owner}:${branch}`, ref: branch, sha, user: userJson(s, owner), repo: repoJson(s, r) };
}

export function pullJson(s: LocalGithubState, r: Repo, i: Issue) {
  const p = i.pull as Pull;
  const headSha = r.refs.get(`refs/heads/${p.head}`) ?? "";
  const baseSha = r.refs.get(`refs/heads/${p.base}`) ?? "";
  return {
    id: i.id,
    node_id: `PR_${i.id}`,
    number: i.number,
    url: `${repoBase(s, r)}/pulls/${i.number}`,
    html_url: `https://github.com/${r.owner}/${r.name}/pull/${i.number}`,
    issue_url: `${repoBase(s, r)}/issues/${i.number}`,
    state: i.state,
    title: i.title,
    body: i.body,
    user: userJson(s, i.user),
    labels: i.labels.map((n) => labelJson(s, r)(r.labels.find((l) => l.name === n) as Label)),
    draft: p.draft,
    head: branchJson(s, r, p.head, p.headOwner, headSha),
    base: branchJson(s, r, p.base, r.owner, baseSha),
    merged: p.merged,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
  };
}
