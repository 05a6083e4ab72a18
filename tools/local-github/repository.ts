// The local GitHub stand-in's repositories on the state: creating one with its initial commit, reading a
// ref's commit and files, and opening an issue or pull request in it.
import { type FlatEntry, ObjectStore } from "./git.ts";
import { type Issue, iso, type LocalGithubState, nextId, type Repo } from "./state.ts";

export function createRepo(
  s: LocalGithubState,
  b: {
    owner: string;
    name: string;
    private?: boolean;
    defaultBranch?: string;
    files?: Record<string, string>;
  },
): Repo {
  const repo: Repo = {
    id: nextId(s),
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
  const person = { name: b.owner, email: `${b.owner}@users.noreply.github.com`, date: iso(s) };
  const commit = repo.objects.put({
    type: "commit",
    tree: repo.objects.writeTree(files),
    parents: [],
    author: person,
    committer: person,
    message: "Initial commit",
  });
  repo.refs.set(`refs/heads/${repo.defaultBranch}`, commit);
  s.repos.set(`${b.owner}/${b.name}`, repo);
  return repo;
}

/** A branch, tag or commit SHA (the `ref` query parameter of GET /contents) to a commit SHA. */
export function resolveCommit(r: Repo, ref: string | null): string | undefined {
  const name = ref ?? r.defaultBranch;
  const sha = r.refs.get(`refs/heads/${name}`) ?? r.refs.get(`refs/tags/${name}`) ?? r.refs.get(name);
  if (sha) return sha;
  return r.objects.commit(name) ? name : undefined;
}

export function filesAt(r: Repo, commitSha: string): Map<string, FlatEntry> {
  return r.objects.flatten(r.objects.commit(commitSha)?.tree ?? "");
}

/**
 * Opens an issue, or a pull request with `pull`, as `user`: the next number of the one sequence GitHub's issues and
 * pull requests share, open, without comments.
 */
export function openIssue(
  s: LocalGithubState,
  r: Repo,
  fields: Pick<Issue, "title" | "body" | "labels" | "user" | "pull">,
): Issue {
  const at = iso(s);
  const issue: Issue = {
    number: r.issues.length + 1,
    id: nextId(s),
    state: "open",
    stateReason: null,
    comments: [],
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    ...fields,
  };
  r.issues.push(issue);
  return issue;
}
