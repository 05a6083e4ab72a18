// OAuth for /mcp end to end against `npm run dev` (tools/dev.ts), with the consent page in a real
// browser: Chromium (Debian's package, installed by .ci/run) driven by playwright-core, and the
// official MCP SDK client's OAuth support (OAuthClientProvider + StreamableHTTPClientTransport):
// discovery from the 401, dynamic registration, the consent page signed in and approved with the
// keyboard only, the code exchanged, tools listed and called, the access token refreshed, then the
// connection revoked through DELETE /api/me/connections/{id} and its token refused.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { OAuthClientInformationMixed, OAuthTokens } from "@modelcontextprotocol/sdk/shared/auth.js";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDev } from "../../tools/dev-server.ts";

/** Debian's Chromium (`apt-get install -y chromium`, .ci/run). */
const CHROMIUM = "/usr/bin/chromium";
const PASSWORD = "correct horse battery staple";

let dev: DevServer;
let browser: Browser;
let base: string;
/** Where the client's redirect lands: a local server that records each callback's query. */
let callback: { server: Server; url: string; hits: URLSearchParams[] };

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  const hits: URLSearchParams[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/callback") hits.push(url.searchParams); // not the browser's favicon request
    res.writeHead(200, { "content-type": "text/plain" }).end("You can close this window.");
  });
  // Port 0: the system's choice, bound at once (a port chosen first and bound later can be taken meanwhile).
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  callback = { server, url: `http://127.0.0.1:${port}/callback`, hits };
  [dev, browser] = await Promise.all([
    startDev(),
    chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] }),
  ]);
  base = `http://localhost:${dev.port}`;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  await new Promise((r) => callback?.server.close(r));
});

/** A verified account: signed up, its verification link followed (creating a connection's key needs it). */
async function account(): Promise<{ email: string; session: string }> {
  const email = `oauth-${crypto.randomUUID()}@example.com`;
  const signup = await fetch(`${base}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD, name: "Ada" }),
  });
  expect(signup.status).toBe(201);
  const { session } = (await signup.json()) as { session: { token: string } };
  const mail = await (await fetch(`http://127.0.0.1:${dev.mailPort}/latest?to=${encodeURIComponent(email)}`)).text();
  const token = new URL((mail.match(/https?:\/\/\S+verify-email\?token=\S+/) as RegExpMatchArray)[0]).searchParams.get(
    "token",
  );
  const verified = await fetch(`${base}/api/auth/verify-email`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  expect(verified.status).toBe(200);
  return { email, session: session.token };
}

/** An OAuthClientProvider keeping everything in memory; the authorization URL is handed to the test. */
class MemoryProvider implements OAuthClientProvider {
  info?: OAuthClientInformationMixed;
  saved?: OAuthTokens;
  verifier = "";
  authorizationUrl?: URL;
  constructor(private readonly redirect: string) {}
  get redirectUrl() {
    return this.redirect;
  }
  get clientMetadata() {
    return {
      client_name: "Browser Test Agent",
      redirect_uris: [this.redirect],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "none",
    };
  }
  clientInformation() {
    return this.info;
  }
  saveClientInformation(info: OAuthClientInformationMixed) {
    this.info = info;
  }
  tokens() {
    return this.saved;
  }
  saveTokens(tokens: OAuthTokens) {
    this.saved = tokens;
  }
  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(v: string) {
    this.verifier = v;
  }
  codeVerifier() {
    return this.verifier;
  }
}

/** The consent page signed in and approved with the keyboard only: the email field has focus on load. */
async function approveWithKeyboard(page: Page, email: string) {
  await expect.poll(() => page.evaluate<string | undefined>("document.activeElement?.id")).toBe("email");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Tab"); // to "Sign in and approve"
  expect(await page.evaluate<string | undefined>("document.activeElement?.textContent?.trim()")).toBe(
    "Sign in and approve",
  );
  await Promise.all([page.waitForURL((u) => u.href.startsWith(callback.url)), page.keyboard.press("Enter")]);
}

function connect(provider: MemoryProvider) {
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { authProvider: provider });
  return { transport, client: new Client({ name: "browser-test-agent", version: "1.0.0" }) };
}

describe("OAuth with the MCP SDK client and the consent page in Chromium", () => {
  it("discovers, registers, is approved by keyboard, calls tools, refreshes, and is refused once revoked", async () => {
    const { email, session } = await account();
    const provider = new MemoryProvider(callback.url);

    // The first connection meets the 401, discovers and registers, and asks for the consent page.
    const first = connect(provider);
    await expect(first.client.connect(first.transport)).rejects.toThrow(/Unauthorized/);
    expect(provider.info?.client_id).toBeTruthy();
    const authorizationUrl = provider.authorizationUrl as URL;
    expect(authorizationUrl.origin + authorizationUrl.pathname).toBe(`${base}/authorize`);
    expect(authorizationUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorizationUrl.searchParams.get("resource")).toBe(`${base}/mcp`);

    const context = await browser.newContext();
    const page = await context.newPage();
    const opened = await page.goto(authorizationUrl.href);
    expect(opened?.status()).toBe(200);
    await expect.poll(() => page.textContent("h1")).toContain("Browser Test Agent");
    await approveWithKeyboard(page, email);
    const code = callback.hits.at(-1)?.get("code") as string;
    expect(code).toBeTruthy();
    await first.transport.finishAuth(code);
    await context.close();

    const second = connect(provider);
    await second.client.connect(second.transport);
    const tools = (await second.client.listTools()).tools.map((t) => t.name);
    expect(tools).toContain("list_projects");
    const listed = (await second.client.callTool({ name: "list_projects", arguments: {} })) as { isError?: boolean };
    expect(listed.isError).toBeFalsy();

    // An expired access token: the SDK refreshes on the 401 (the refresh token rotates) and carries on.
    const before = provider.saved as OAuthTokens;
    provider.saved = { ...before, access_token: "expired-access-token" };
    expect((await second.client.listTools()).tools.length).toBe(tools.length);
    expect(provider.saved.access_token).not.toBe("expired-access-token");
    expect(provider.saved.refresh_token).not.toBe(before.refresh_token);

    // Revoked by the user: the very next request with its token is 401.
    const auth = { authorization: `Bearer ${session}` };
    const { connections } = (await (await fetch(`${base}/api/me/connections`, { headers: auth })).json()) as {
      connections: { id: string; clientName: string }[];
    };
    expect(connections.map((c) => c.clientName)).toEqual(["Browser Test Agent"]);
    const revoked = await fetch(`${base}/api/me/connections/${connections[0]?.id}`, {
      method: "DELETE",
      headers: auth,
    });
    expect(revoked.status).toBe(204);
    const refused = await fetch(`${base}/mcp`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${provider.saved.access_token}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toContain(
      `resource_metadata="${base}/.well-known/oauth-protected-resource/mcp"`,
    );
    await second.client.close();
  }, 90_000);
});

describe("the consent page in Chromium", () => {
  /** A registered client's authorization URL (the SDK's discovery and registration, no browser). */
  async function authorizationUrl(): Promise<string> {
    const provider = new MemoryProvider(callback.url);
    const { client, transport } = connect(provider);
    await expect(client.connect(transport)).rejects.toThrow(/Unauthorized/);
    return (provider.authorizationUrl as URL).href;
  }

  it("has a strict CSP, no script, labelled fields; deny goes back with access_denied by keyboard", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(await authorizationUrl());
    const csp = (await res?.allHeaders())?.["content-security-policy"] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`form-action 'self' ${new URL(callback.url).origin}`);
    expect(await page.locator("script").count()).toBe(0);
    expect(await page.getByLabel("Email").count()).toBe(1);
    expect(await page.getByLabel("Password").count()).toBe(1);
    // Tab past the fields and approve to Deny, which needs no sign-in.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate<string | undefined>("document.activeElement?.textContent?.trim()")).toBe("Deny");
    await Promise.all([page.waitForURL((u) => u.href.startsWith(callback.url)), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).searchParams.get("error")).toBe("access_denied");
    await context.close();
  }, 30_000);

  it("refuses the form without this browser's binding cookie (CSRF)", async () => {
    const { email } = await account();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(await authorizationUrl());
    const handle = (await page.locator('input[name="handle"]').getAttribute("value")) as string;
    // The same form, posted from elsewhere (no cookie): refused, and the handle still works here after.
    const forged = await fetch(`${base}/authorize`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
      body: new URLSearchParams({ handle, email, password: PASSWORD, decision: "approve" }).toString(),
      redirect: "manual",
    });
    expect(forged.status).toBe(403);
    await approveWithKeyboard(page, email);
    expect(callback.hits.at(-1)?.get("code")).toBeTruthy();
    await context.close();
  }, 30_000);
});
