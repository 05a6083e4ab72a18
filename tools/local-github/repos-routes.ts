// The local GitHub stand-in's repository routes: the repository, an installation's repositories, git
// data (references, blobs, trees, commits) and repository contents.
import { access } from "./auth.ts";
import { moveRef } from "./events.ts";
import { FILE_MODES, type FlatEntry, type Person } from "./git.ts";
import { base64Lines, fail, invalid, notFound } from "./http.ts";
import { filesAt, resolveCommit } from "./repository.ts";
import { commitJson, refJson, repoBase, repoJson, treeJson } from "./representations.ts";
import { paginate, type Route, str } from "./router.ts";
import { type Identity, iso, type LocalGithubState, type Repo } from "./state.ts";

export function repoRoutes(s: LocalGithubState, route: Route): void {
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
}
