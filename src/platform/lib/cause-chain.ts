/**
 * An error and the errors it wraps, outermost first: drizzle wraps the driver's error as `cause`, and
 * the Neon driver keeps a failed fetch as `sourceError` (followed with `sourceError: true`). At most
 * `depth` links, so a cycle ends.
 */
export function causeChain(err: unknown, { depth = 4, sourceError = false } = {}): object[] {
  const chain: object[] = [];
  for (let e = err; e !== null && typeof e === "object" && chain.length < depth; ) {
    chain.push(e);
    const x = e as { cause?: unknown; sourceError?: unknown };
    e = sourceError ? (x.sourceError ?? x.cause) : x.cause;
  }
  return chain;
}
