// Git objects as git stores them, so the SHAs the stand-in answers are the ones git itself computes
// for the same content (https://git-scm.com/book/en/v2/Git-Internals-Git-Objects): sha1 of
// "<type> <byte length>\0<body>". Trees are flat path maps at the edges (what the REST API's
// `POST /git/trees` takes and `GET /git/trees?recursive=1` answers) and nested tree objects inside.
import { createHash } from "node:crypto";

export interface Person {
  name: string;
  email: string;
  /** ISO 8601 as given (GitHub keeps the offset); the commit object records it as epoch + offset. */
  date: string;
}

export interface TreeEntry {
  name: string;
  /** Git's modes: 100644 file, 100755 executable, 040000 tree, 160000 submodule, 120000 symlink. */
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
}

export type GitObject =
  | { type: "blob"; content: Buffer }
  | { type: "tree"; entries: TreeEntry[] }
  | { type: "commit"; tree: string; parents: string[]; author: Person; committer: Person; message: string };

/** A path in a flattened tree: a file (blob), a submodule (commit) or a symlink. */
export interface FlatEntry {
  mode: string;
  type: "blob" | "commit";
  sha: string;
}

export const FILE_MODES = ["100644", "100755", "040000", "160000", "120000"] as const;

function hashObject(type: string, body: Buffer): string {
  return createHash("sha1")
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest("hex");
}

/** Git's tree order: by name, a tree compared as if its name ended in "/". */
function treeOrder(a: TreeEntry, b: TreeEntry): number {
  const ka = a.type === "tree" ? `${a.name}/` : a.name;
  const kb = b.type === "tree" ? `${b.name}/` : b.name;
  return Buffer.compare(Buffer.from(ka), Buffer.from(kb));
}

/** "<unix seconds> <+hhmm>" from an ISO 8601 date, keeping its offset. */
function gitDate(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  const m = /([+-])(\d\d):?(\d\d)$/.exec(iso);
  return `${seconds} ${m ? `${m[1]}${m[2]}${m[3]}` : "+0000"}`;
}

export function objectBody(o: GitObject): Buffer {
  if (o.type === "blob") return o.content;
  if (o.type === "tree") {
    return Buffer.concat(
      [...o.entries]
        .sort(treeOrder)
        // A tree's own mode is written without the leading zero.
        .flatMap((e) => [Buffer.from(`${e.mode.replace(/^0+/, "")} ${e.name}\0`), Buffer.from(e.sha, "hex")]),
    );
  }
  const lines = [`tree ${o.tree}`, ...o.parents.map((p) => `parent ${p}`)];
  lines.push(`author ${o.author.name} <${o.author.email}> ${gitDate(o.author.date)}`);
  lines.push(`committer ${o.committer.name} <${o.committer.email}> ${gitDate(o.committer.date)}`);
  return Buffer.from(`${lines.join("\n")}\n\n${o.message}`);
}

export function shaOf(o: GitObject): string {
  return hashObject(o.type, objectBody(o));
}

/** One repository's object database. */
export class ObjectStore {
  private objects = new Map<string, GitObject>();

  put(o: GitObject): string {
    const sha = shaOf(o);
    this.objects.set(sha, o);
    return sha;
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  blob(sha: string): Buffer | undefined {
    const o = this.objects.get(sha);
    return o?.type === "blob" ? o.content : undefined;
  }

  commit(sha: string): Extract<GitObject, { type: "commit" }> | undefined {
    const o = this.objects.get(sha);
    return o?.type === "commit" ? o : undefined;
  }

  tree(sha: string): TreeEntry[] | undefined {
    const o = this.objects.get(sha);
    return o?.type === "tree" ? o.entries : undefined;
  }

  /** Every file under a tree, by full path. */
  flatten(treeSha: string, prefix = "", into = new Map<string, FlatEntry>()): Map<string, FlatEntry> {
    for (const e of this.tree(treeSha) ?? []) {
      const path = `${prefix}${e.name}`;
      if (e.type === "tree") this.flatten(e.sha, `${path}/`, into);
      else into.set(path, { mode: e.mode, type: e.type, sha: e.sha });
    }
    return into;
  }

  /** Nested tree objects for a flat path map; answers the root tree's SHA. */
  writeTree(files: Map<string, FlatEntry>): string {
    const dirs = new Map<string, Map<string, FlatEntry>>();
    const root: TreeEntry[] = [];
    for (const [path, e] of files) {
      const slash = path.indexOf("/");
      if (slash < 0) root.push({ name: path, ...e });
      else {
        const dir = path.slice(0, slash);
        if (!dirs.has(dir)) dirs.set(dir, new Map());
        dirs.get(dir)?.set(path.slice(slash + 1), e);
      }
    }
    for (const [name, sub] of dirs) root.push({ name, mode: "040000", type: "tree", sha: this.writeTree(sub) });
    return this.put({ type: "tree", entries: root.sort(treeOrder) });
  }

  /** Every entry (trees included) under a tree, as GET /git/trees?recursive=1 lists them. */
  walk(treeSha: string, prefix = ""): { path: string; entry: TreeEntry }[] {
    return (this.tree(treeSha) ?? []).flatMap((entry) => {
      const path = `${prefix}${entry.name}`;
      return entry.type === "tree" ? [{ path, entry }, ...this.walk(entry.sha, `${path}/`)] : [{ path, entry }];
    });
  }

  /** Whether `ancestor` is `sha` or reachable from it through parents. */
  isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length) {
      const s = queue.pop() as string;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      queue.push(...(this.commit(s)?.parents ?? []));
    }
    return false;
  }

  /** The nearest common ancestor (breadth-first from `b`), or undefined for unrelated histories. */
  mergeBase(a: string, b: string): string | undefined {
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length) {
      const s = queue.shift() as string;
      if (seen.has(s)) continue;
      seen.add(s);
      if (this.isAncestor(s, a)) return s;
      queue.push(...(this.commit(s)?.parents ?? []));
    }
    return undefined;
  }
}

/** Paths added, modified and removed from one flat tree to another (a push payload's commit lists). */
export function diffTrees(before: Map<string, FlatEntry>, after: Map<string, FlatEntry>) {
  const added: string[] = [];
  const modified: string[] = [];
  const removed: string[] = [];
  for (const [path, e] of after) {
    const old = before.get(path);
    if (!old) added.push(path);
    else if (old.sha !== e.sha || old.mode !== e.mode) modified.push(path);
  }
  for (const path of before.keys()) if (!after.has(path)) removed.push(path);
  return { added, modified, removed };
}

/**
 * A three-way merge by path: each side's changes from the base, or undefined when both changed the
 * same path differently (GitHub then refuses the merge; the stand-in does not merge within a file).
 */
export function mergeTrees(
  base: Map<string, FlatEntry>,
  ours: Map<string, FlatEntry>,
  theirs: Map<string, FlatEntry>,
): Map<string, FlatEntry> | undefined {
  const out = new Map<string, FlatEntry>();
  const paths = new Set([...base.keys(), ...ours.keys(), ...theirs.keys()]);
  const same = (x?: FlatEntry, y?: FlatEntry) => x?.sha === y?.sha && x?.mode === y?.mode;
  for (const p of paths) {
    const [b, o, t] = [base.get(p), ours.get(p), theirs.get(p)];
    const pick = same(o, t) || same(b, t) ? o : same(b, o) ? t : null;
    if (pick === null) return undefined;
    if (pick) out.set(p, pick);
  }
  return out;
}
