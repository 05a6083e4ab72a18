// What the API worker and the MCP worker (workers/mcp/wrangler.toml) say to each other over the
// MCP service binding: types only, so neither side's code reaches the other's bundle.
//
// The API forwards /mcp with `MCP.serve(request, api)`, handing over `api`: a function (a Workers
// RPC stub) that runs one request through the API's own routes, with the agent's key and the API's
// bindings. So the MCP worker needs no binding back to the API (no cycle between the two scripts),
// and every tool call is an ordinary API request: same scopes, validation, errors, round trips.

/**
 * One API request made by a tool: the path with its query, and a JSON body as text. `binaryMax`: the
 * answer is binary (a zip): a success's bytes come back as `bytes`, read up to that many.
 */
export interface ApiCall {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  body?: string;
  binaryMax?: number;
}

/**
 * The API's answer: its status and body text (JSON, or empty); for a binary call's success, `bytes`
 * instead, or `overMax` (the byte count read when it passed binaryMax, the rest unread).
 */
export interface ApiAnswer {
  status: number;
  body: string;
  bytes?: Uint8Array;
  overMax?: number;
}

export type ApiFetch = (call: ApiCall) => Promise<ApiAnswer>;

/** The MCP worker's entrypoint as the API's MCP binding sees it (structural: no workers types needed). */
export interface McpService {
  /**
   * `scopes`: the key's, read at its check; `permissions`: those its user's roles hold in some workspace
   * (src/platform/auth/roles.ts). tools/list lists the tools both allow.
   */
  serve(request: Request, api: ApiFetch, scopes: readonly string[], permissions: readonly string[]): Promise<Response>;
}
