// Runs in Node before the suites: opens the test database (a fresh database on the Postgres
// server named by TEST_DATABASE_URL, or in-memory PGlite), applies the migrations, and starts
// the local Neon endpoint the worker's driver talks to.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { buildWorker } from "../tools/build-worker.ts";
import { startLlmServer } from "../tools/llm-server.ts";
import { startLocalGithub } from "../tools/local-github/index.ts";
import { forNodePostgres, openBackend, startLocalNeon } from "../tools/local-neon/index.ts";
import { startMailSink } from "../tools/mail-sink.ts";
import { startWebhookReceiver } from "../tools/webhook-receiver.ts";

async function createTestDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `specdrive_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: forNodePostgres(serverUrl) });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(forNodePostgres(serverUrl));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: forNodePostgres(serverUrl) });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const testDb = serverUrl ? await createTestDatabase(serverUrl) : undefined;
  const backend = await openBackend({ databaseUrl: testDb?.url });
  const neon = await startLocalNeon({ backend, log: (l) => console.error(l) });
  project.provide("neonEndpoint", neon.url);
  project.provide("neonControl", neon.controlUrl);
  project.provide("backendKind", backend.kind);
  project.provide("directDatabaseUrl", testDb?.url ?? "");
  // Outgoing mail goes over real HTTP to a local Resend-shaped sink; tests read it back from there.
  // The sink accepts only the worker's RESEND_API_KEY (vitest.config.ts): a wrong key is refused, as by Resend.
  const mailSink = await startMailSink({ apiKey: "test" });
  project.provide("mailSinkUrl", mailSink.url);
  // Generation runs call a local OpenAI-compatible server over real HTTP (tools/llm-server.ts).
  const llm = await startLlmServer();
  project.provide("llmBaseUrl", llm.baseUrl);
  project.provide("llmControlUrl", llm.url);
  // Webhook deliveries go over real HTTP to a Standard Webhooks subscriber (tools/webhook-receiver.ts).
  const receiver = await startWebhookReceiver();
  project.provide("webhookReceiverUrl", receiver.url);
  // GitHub's REST API and its webhooks come from a stand-in (tools/local-github/, docs/local-github.md).
  const github = await startLocalGithub();
  project.provide("localGithubUrl", github.url);
  // The API's tests start runs on the generator worker, reach /mcp through the MCP worker and see the
  // front forward to the teams worker, all bundled here for miniflare (tools/build-worker.ts).
  const [generatorScript, mcpScript, teamsScript] = await Promise.all([
    buildWorker("generator"),
    buildWorker("mcp"),
    buildWorker("teams"),
  ]);
  project.provide("generatorScript", generatorScript);
  project.provide("mcpScript", mcpScript);
  project.provide("teamsScript", teamsScript);
  console.log(`[test] database backend: ${backend.kind}${testDb ? ` (${new URL(testDb.url).pathname.slice(1)})` : ""}`);
  return async () => {
    await mailSink.close();
    await llm.close();
    await receiver.close();
    await github.close();
    await neon.close();
    await backend.close();
    await testDb?.drop();
  };
}
