// The MCP worker's outbound network in tests (vitest.config.ts, `outboundService` of "spec-drive-mcp"):
// the only thing it fetches is an OAuth client's Client ID Metadata Document (src/mcp/oauth.ts), and
// here every such fetch reaches this host, https://client.example, which serves documents that test the
// provider's bounds (test/worker/mcp/oauth.test.ts): one within them, one over the size bound, one
// slower than the time bound. Any other host is unreachable.

export const CLIENT_METADATA_HOST = "https://client.example";
export const CLIENT_METADATA_REDIRECT = "http://127.0.0.1:33418/callback";
/** Past the provider's 10 s bound on a metadata fetch. */
const SLOW_MS = 12_000;

function document(path: string, extra: Record<string, unknown> = {}) {
  return {
    client_id: `${CLIENT_METADATA_HOST}${path}`,
    client_name: "Metadata Agent",
    redirect_uris: [CLIENT_METADATA_REDIRECT],
    token_endpoint_auth_method: "none",
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    ...extra,
  };
}

export async function clientMetadataHost(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.origin !== CLIENT_METADATA_HOST) return new Response("unreachable in tests", { status: 502 });
  switch (url.pathname) {
    case "/metadata.json":
      return Response.json(document(url.pathname));
    // Over the 5 KiB bound (6 KiB of a field the provider ignores), no Content-Length announced: counted as read.
    case "/large.json": {
      const bytes = new TextEncoder().encode(JSON.stringify(document(url.pathname, { padding: "x".repeat(6 * 1024) })));
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      });
      return new Response(body, { headers: { "content-type": "application/json" } });
    }
    case "/slow.json":
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      return Response.json(document(url.pathname));
    default:
      return new Response("not found", { status: 404 });
  }
}
