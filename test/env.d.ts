declare module "vitest" {
  export interface ProvidedContext {
    neonEndpoint: string;
    neonControl: string;
    backendKind: "pg" | "pglite";
    /** The test database for node-postgres, when the backend is a real Postgres; "" on PGlite. */
    directDatabaseUrl: string;
    /** tools/mail-sink.ts: the worker's MAIL_API_URL in tests; GET /messages?to= reads what was sent. */
    mailSinkUrl: string;
    /** tools/llm-server.ts: LLM_BASE_URL in tests (…/v1). */
    llmBaseUrl: string;
    /** tools/llm-server.ts: its root, for the control API (/control/faults, /control/stats). */
    llmControlUrl: string;
    /** tools/webhook-receiver.ts: its root; endpoints at /hooks/<name>, control API at /control/*. */
    webhookReceiverUrl: string;
    /** tools/local-github/: GitHub's REST API base URL (Octokit's baseUrl); control API at /control/*. */
    localGithubUrl: string;
    generatorScript: string;
    /** The MCP worker's bundle (tools/build-worker.ts), run next to the API as "spec-drive-mcp". */
    mcpScript: string;
    /** The teams worker's bundle, run next to the API as "spec-drive-teams" (the front forwards to it). */
    teamsScript: string;
  }
}

export {};
