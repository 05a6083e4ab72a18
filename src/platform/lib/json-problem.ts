// The checks every stored JSON value passes, whether it came as a request body or out of a document
// (YAML frontmatter): no prototype-mutating keys, bounded nesting, bounded serialized size.

/** Keys that would turn into prototype mutations if a client ever merged this JSON naively. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Nesting deeper than this is refused: nothing legitimate needs it, and walkers and jsonb have limits. */
export const JSON_MAX_DEPTH = 64;

interface Node {
  v: object;
  depth: number;
  /** How this node was reached, to name its path in a message; paths are built only then. */
  parent: Node | undefined;
  key: string | number;
}

function pathOf(node: Node | undefined): string {
  const keys: (string | number)[] = [];
  for (let n = node; n?.parent; n = n.parent) keys.push(n.key);
  return keys.reverse().join(".");
}

/**
 * The first problem in a parsed JSON value: a `__proto__`/`constructor`/`prototype` key or nesting
 * deeper than JSON_MAX_DEPTH. Undefined if none. Walked iteratively (no recursion, so no stack
 * overflow on hostile nesting) in time linear in the value's size: each node holds its depth and
 * parent, never a copy of its path. (Unstorable text is refused earlier, for every route, by
 * src/platform/http/text-guard.ts.) `keys: false` checks the depth only: for documents, where a property may be named
 * `constructor` (a schema's field) and nothing merges them.
 */
export function jsonProblem(root: unknown, { keys = true }: { keys?: boolean } = {}): string | undefined {
  // Only objects and arrays are pushed: leaves need no check of their own.
  const isNode = (x: unknown): x is object => x !== null && typeof x === "object";
  if (!isNode(root)) return undefined;
  const stack: Node[] = [{ v: root, depth: 0, parent: undefined, key: "" }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { v, depth } = node;
    if (depth >= JSON_MAX_DEPTH) return `"${pathOf(node)}" is nested deeper than ${JSON_MAX_DEPTH} levels`;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (isNode(v[i])) stack.push({ v: v[i], depth: depth + 1, parent: node, key: i });
      }
      continue;
    }
    for (const k of Object.keys(v as object)) {
      if (keys && FORBIDDEN_KEYS.has(k)) {
        const at = pathOf(node);
        return `key "${at ? `${at}.${k}` : k}" is not allowed`;
      }
      const child = (v as Record<string, unknown>)[k];
      if (isNode(child)) stack.push({ v: child, depth: depth + 1, parent: node, key: k });
    }
  }
  return undefined;
}

/** jsonProblem, or a serialization (UTF-8) longer than `maxBytes`; checked in that order, so never on deep input. */
export function jsonObjectProblem(v: unknown, maxBytes: number): string | undefined {
  const problem = jsonProblem(v);
  if (problem) return problem;
  if (new TextEncoder().encode(JSON.stringify(v)).length > maxBytes) {
    return `must be at most ${maxBytes} bytes serialized`;
  }
  return undefined;
}
