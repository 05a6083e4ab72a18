import { generateKeyPairSync } from "node:crypto";
import { fileURLToPath } from "node:url";
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { clientMetadataHost } from "./test/client-metadata-host.ts";

// The tests run the same zod the bundle ships (wrangler.toml [alias]; see src/platform/lib/zod-slim/external.ts).
const zodSlim = {
  find: /^zod$/,
  replacement: fileURLToPath(new URL("./src/platform/lib/zod-slim/index.ts", import.meta.url)),
};

/**
 * The GitHub App the tests connect through: a fresh RSA key per run. The private key is the workers'
 * GITHUB_APP_PRIVATE_KEY (PKCS#1, as GitHub hands it out); the tests register the public key with the
 * local GitHub API (POST /control/apps), which verifies the app's JWTs with it.
 */
const githubApp = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
});

/** The GitHub settings of the teams and generator workers in tests: the local GitHub API. */
function githubBindings(inject: (key: "localGithubUrl") => string) {
  return {
    GITHUB_API_URL: inject("localGithubUrl"),
    GITHUB_APP_ID: "4242",
    GITHUB_APP_PRIVATE_KEY: githubApp.privateKey,
    TEST_GITHUB_APP_PUBLIC_KEY: githubApp.publicKey,
    GITHUB_WEBHOOK_SECRET: "test-github-webhook-secret-0123456789",
    GITHUB_TOKEN_KEY: "dGVzdC1naXRodWItdG9rZW4ta2V5LTMyLWJ5dGVzISE=",
    // Tests run the outbox when they say so (runGithubDispatcher), never behind their back.
    GITHUB_SYNC: "cron",
  };
}

const LINEARITY_TEST = "test/node/spec-engine/parser-linearity.test.ts";

type ApiInjected =
  | "neonEndpoint"
  | "neonControl"
  | "backendKind"
  | "mailSinkUrl"
  | "llmControlUrl"
  | "webhookReceiverUrl"
  | "localGithubUrl";

/** The generator's LLM bindings in tests: the local LLM server the global setup started. */
function generatorBindings(inject: <K extends "llmBaseUrl" | "llmControlUrl">(key: K) => string) {
  return {
    LLM_BASE_URL: inject("llmBaseUrl"),
    LLM_API_KEY: "test",
    LLM_MODEL: "spec-drive-local",
    LLM_PRICES: JSON.stringify({ "spec-drive-local": { input: 1, output: 2 } }),
    LLM_CONTROL_URL: inject("llmControlUrl"),
  };
}

/** The API's bindings in tests: the front (src/workers/api.ts) and the teams worker take the same. */
function apiBindings(inject: <K extends ApiInjected>(key: K) => string) {
  return {
    DATABASE_URL: "postgres://test:test@localhost/specdrive",
    NEON_FETCH_ENDPOINT: inject("neonEndpoint"),
    APP_URL: "https://app.specdrive.test",
    NEON_CONTROL_URL: inject("neonControl"),
    TEST_BACKEND: inject("backendKind"),
    // Replay a fuzz failure: FUZZ_SEED=<seed from the failure> npm test
    FUZZ_SEED: process.env.FUZZ_SEED ?? "",
    // Generous for tests: the embedded database serialises every parallel test file's batches.
    DB_TIMEOUT_MS: "15000",
    AUTH_SECRET: "test-auth-secret-0123456789abcdef0123456789",
    MAIL_PROVIDER: "resend",
    RESEND_API_KEY: "test",
    MAIL_FROM: "Spec Drive <no-reply@specdrive.test>",
    MAIL_API_URL: inject("mailSinkUrl"),
    GENERATION_MAX_ACTIVE_RUNS: "2",
    // The local LLM server's control API (faults), for the run tests.
    LLM_CONTROL_URL: inject("llmControlUrl"),
    // Webhooks to the local receiver (http://127.0.0.1): allowed in tests only.
    WEBHOOK_ALLOW_PRIVATE_URLS: "true",
    WEBHOOK_RECEIVER_URL: inject("webhookReceiverUrl"),
    // Tests send webhooks when they say so (dispatchDue), never behind their back.
    WEBHOOK_DISPATCH: "cron",
    ...githubBindings(inject),
  };
}

// Two projects share one local Neon endpoint started by the global setup:
// - worker: the API inside workerd (the real Workers runtime), through the production driver;
// - node: driver-conformance tests that compare the endpoint with node-postgres directly.
export default defineConfig({
  test: {
    globalSetup: ["./test/global-setup.ts"],
    // The app's per-request log lines (src/platform/http/log.ts) would bury the test output; 5xx lines stay.
    onConsoleLog: (log) => !/^\{"level":"(info|warn)","msg":"request"/.test(log),
    projects: [
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: "./src/workers/api.ts",
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: apiBindings(inject),
              // The generator worker next to the API, under its deployed name: the API's
              // `[[workflows]] script_name = "spec-drive-generator"` binding (wrangler.toml) resolves
              // to it, so tests start real runs (bundled by the global setup: tools/build-worker.ts).
              workers: [
                {
                  name: "spec-drive-generator",
                  modules: true,
                  scriptPath: inject("generatorScript"),
                  compatibilityDate: "2026-08-22",
                  compatibilityFlags: ["nodejs_compat"],
                  workflows: {
                    GENERATION: {
                      name: "spec-drive-generation",
                      className: "GenerationWorkflow",
                    },
                    GITHUB_OUTBOX: {
                      name: "spec-drive-github-outbox",
                      className: "GithubOutboxWorkflow",
                    },
                  },
                  bindings: {
                    ...generatorBindings(inject),
                    DATABASE_URL: "postgres://test:test@localhost/specdrive",
                    NEON_FETCH_ENDPOINT: inject("neonEndpoint"),
                    DB_TIMEOUT_MS: "15000",
                    WEBHOOK_ALLOW_PRIVATE_URLS: "true",
                    ...githubBindings(inject),
                  },
                },
                // The MCP worker, under its deployed name: the API's `[[services]] MCP` binding
                // (wrangler.toml) resolves to it, so /mcp and the OAuth endpoints run the real MCP worker.
                {
                  name: "spec-drive-mcp",
                  modules: true,
                  scriptPath: inject("mcpScript"),
                  compatibilityDate: "2026-08-22",
                  compatibilityFlags: ["nodejs_compat", "global_fetch_strictly_public"],
                  // The OAuth provider's store (workers/mcp/wrangler.toml), in memory per test run.
                  kvNamespaces: ["OAUTH_KV"],
                  // Its outbound fetches (Client ID Metadata Documents) reach a stand-in host.
                  outboundService: clientMetadataHost,
                },
                // The teams worker, under its deployed name: the front's `[[services]] TEAMS` binding
                // (wrangler.toml) resolves to it, so a request through the real front (test/worker/front/)
                // is forwarded as deployed. Its bindings are the API's, as workers/teams/wrangler.toml says.
                {
                  name: "spec-drive-teams",
                  modules: true,
                  scriptPath: inject("teamsScript"),
                  compatibilityDate: "2026-08-22",
                  compatibilityFlags: ["nodejs_compat"],
                  bindings: apiBindings(inject),
                  workflows: {
                    GENERATION: {
                      name: "spec-drive-generation",
                      className: "GenerationWorkflow",
                      scriptName: "spec-drive-generator",
                    },
                    GITHUB_OUTBOX: {
                      name: "spec-drive-github-outbox",
                      className: "GithubOutboxWorkflow",
                      scriptName: "spec-drive-generator",
                    },
                  },
                  serviceBindings: {
                    WEBHOOKS: { name: "spec-drive-generator", entrypoint: "WebhookDispatcher" },
                  },
                },
              ],
            },
          })),
        ],
        resolve: { alias: [zodSlim] },
        test: { name: "worker", include: ["test/worker/**/*.test.ts"] },
      },
      {
        // The generator worker (workers/generator/wrangler.toml): GenerationWorkflow inside workerd,
        // its LLM client talking over HTTP to the local LLM server the global setup started.
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: "./src/workers/generator.ts",
            wrangler: { configPath: "./workers/generator/wrangler.toml" },
            miniflare: {
              bindings: {
                ...generatorBindings(inject),
                // The webhook deliverer's cron run (test/generator/webhooks/): the database and the receiver.
                DATABASE_URL: "postgres://test:test@localhost/specdrive",
                NEON_FETCH_ENDPOINT: inject("neonEndpoint"),
                DB_TIMEOUT_MS: "15000",
                WEBHOOK_ALLOW_PRIVATE_URLS: "true",
                WEBHOOK_RECEIVER_URL: inject("webhookReceiverUrl"),
                ...githubBindings(inject),
              },
            },
          })),
        ],
        resolve: { alias: [zodSlim] },
        test: { name: "generator", include: ["test/generator/**/*.test.ts"], testTimeout: 30_000 },
      },
      {
        resolve: { alias: [zodSlim] },
        test: {
          name: "node",
          environment: "node",
          include: ["test/node/**/*.test.ts"],
          exclude: [LINEARITY_TEST],
        },
      },
      {
        // The parser linearity test compares CPU times, so it runs on its own, after the other projects
        // (`npm test` runs it second): beside 80 other test files on two cores, a linear parser measured a
        // ratio of 3.1. It collects garbage before each measurement (--expose-gc).
        resolve: { alias: [zodSlim] },
        test: { name: "linearity", environment: "node", include: [LINEARITY_TEST], execArgv: ["--expose-gc"] },
      },
    ],
  },
});
