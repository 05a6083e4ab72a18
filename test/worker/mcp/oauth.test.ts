// OAuth for /mcp (docs/mcp.md, src/mcp/oauth.ts): discovery from the 401, dynamic registration, the
// consent page (sign-in, approve, deny, CSRF), the authorization code with PKCE, tokens bound to the
// MCP resource, refresh with rotation, and tools over /mcp with the access token. Plain fetch through
// the app, so each step is the wire exchange an MCP client makes.

import { env } from "cloudflare:test";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import { describe, expect, it } from "vitest";
import type { ApiFetch, McpService } from "../../../src/mcp/contract";
import { RULES } from "../../../src/platform/auth/rate-limit";
import { CLIENT_METADATA_HOST, CLIENT_METADATA_REDIRECT } from "../../client-metadata-host";
import { api, jsonInit, signUp, sql, verifyEmail } from "../helpers";

const SKIP = { skipContract: "OAuth endpoints and /mcp are outside the OpenAPI document (docs/mcp.md)" };
const ORIGIN = "https://spec-drive.test";
const RESOURCE = `${ORIGIN}/mcp`;
const REDIRECT = "http://127.0.0.1:33418/callback";

type T = ReturnType<typeof api>;

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

async function pkce() {
  const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = b64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  return { verifier, challenge };
}

async function register(t: T, name = "Test Agent"): Promise<string> {
  const res = await t.request(
    `${ORIGIN}/register`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ redirect_uris: [REDIRECT], token_endpoint_auth_method: "none", client_name: name }),
    },
    SKIP,
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { client_id: string }).client_id;
}

function authorizeUrl(clientId: string, challenge: string, extra: Record<string, string> = {}) {
  const q = new URLSearchParams({
    response_type: "code",
    client_id: clientId,
    redirect_uri: REDIRECT,
    code_challenge: challenge,
    code_challenge_method: "S256",
    state: "st4te",
    resource: RESOURCE,
    scope: "projects:read projects:write",
    ...extra,
  });
  return `${ORIGIN}/authorize?${q}`;
}

/** The consent page: its HTML, the form's handle and the binding cookie (name=value). */
async function openConsent(t: T, url: string) {
  const res = await t.request(url, {}, SKIP);
  const html = await res.text();
  const handle = /name="handle" value="([^"]+)"/.exec(html)?.[1] as string;
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
  return { res, html, handle, cookie };
}

function submit(t: T, fields: Record<string, string>, cookie?: string) {
  return t.request(
    `${ORIGIN}/authorize`,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(fields).toString(),
      redirect: "manual",
    },
    SKIP,
  );
}

function token(t: T, fields: Record<string, string>) {
  return t.request(
    `${ORIGIN}/token`,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    },
    SKIP,
  );
}

async function user(t: T) {
  const u = await signUp(t);
  await verifyEmail(u.user.id);
  return u;
}

/** Registration, consent approved, code exchanged: the token response. */
async function connect(t: T) {
  const u = await user(t);
  const clientId = await register(t);
  const { verifier, challenge } = await pkce();
  const page = await openConsent(t, authorizeUrl(clientId, challenge));
  const approved = await submit(
    t,
    { handle: page.handle, email: u.email, password: u.password, decision: "approve" },
    page.cookie,
  );
  expect(approved.status).toBe(302);
  const back = new URL(approved.headers.get("location") as string);
  expect(back.origin + back.pathname).toBe(REDIRECT);
  expect(back.searchParams.get("state")).toBe("st4te");
  const res = await token(t, {
    grant_type: "authorization_code",
    code: back.searchParams.get("code") as string,
    redirect_uri: REDIRECT,
    client_id: clientId,
    code_verifier: verifier,
    resource: RESOURCE,
  });
  expect(res.status).toBe(200);
  const tokens = (await res.json()) as { access_token: string; refresh_token: string; scope: string };
  return { u, clientId, tokens };
}

function mcpPost(t: T, bearer: string | undefined, body: unknown) {
  return t.request(
    `${ORIGIN}/mcp`,
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(body),
    },
    SKIP,
  );
}

const LIST = { jsonrpc: "2.0", id: 1, method: "tools/list" };

describe("OAuth discovery (RFC 9728, RFC 8414)", () => {
  it("every 401 at /mcp names the resource metadata, which names the authorization server", async () => {
    const t = api();
    for (const bearer of [undefined, "not-a-token", "sd_0000000000000000000000000000000000000000000"]) {
      const res = await mcpPost(t, bearer, LIST);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain(
        `resource_metadata="${ORIGIN}/.well-known/oauth-protected-resource/mcp"`,
      );
    }
    const prm = await t.request(`${ORIGIN}/.well-known/oauth-protected-resource/mcp`, {}, SKIP);
    expect(prm.status).toBe(200);
    const resource = (await prm.json()) as {
      resource: string;
      authorization_servers: string[];
      scopes_supported: string[];
    };
    expect(resource.resource).toBe(RESOURCE);
    expect(resource.scopes_supported).toEqual(
      expect.arrayContaining(["projects:read", "projects:write", "artifacts:write", "gates:approve", "runs:write"]),
    );
    const as = await t.request(`${resource.authorization_servers[0]}/.well-known/oauth-authorization-server`, {}, SKIP);
    const meta = (await as.json()) as Record<string, unknown>;
    expect(meta).toMatchObject({
      issuer: ORIGIN,
      authorization_endpoint: `${ORIGIN}/authorize`,
      token_endpoint: `${ORIGIN}/token`,
      registration_endpoint: `${ORIGIN}/register`,
      code_challenge_methods_supported: ["S256"],
      client_id_metadata_document_supported: true,
    });
  });
});

describe("the consent page", () => {
  it("shows the client, its redirect host and the scopes, with a strict CSP and no script", async () => {
    const t = api();
    const clientId = await register(t, "Acme <Agent>");
    const page = await openConsent(t, authorizeUrl(clientId, (await pkce()).challenge));
    expect(page.res.status).toBe(200);
    expect(page.html).toContain("Acme &lt;Agent&gt;");
    // A registered client proves no domain: the page names none.
    expect(page.html).not.toContain("published by");
    expect(page.html).toContain("127.0.0.1");
    expect(page.html).toContain("projects:write");
    expect(page.html).not.toMatch(/<script/i);
    expect(page.html).toContain('<label for="email">');
    const csp = page.res.headers.get("content-security-policy") as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' http://127.0.0.1:33418");
    expect(page.cookie).toMatch(/^__Host-/);
  });

  it("refuses a form without the browser's binding cookie (CSRF) and a reused handle", async () => {
    const t = api();
    const u = await user(t);
    const clientId = await register(t);
    const page = await openConsent(t, authorizeUrl(clientId, (await pkce()).challenge));
    const fields = { handle: page.handle, email: u.email, password: u.password, decision: "approve" };
    expect((await submit(t, fields)).status).toBe(403);
    expect((await submit(t, fields, page.cookie)).status).toBe(302);
    expect((await submit(t, fields, page.cookie)).status).toBe(403);
  });

  it("deny sends access_denied back to the client, with its state", async () => {
    const t = api();
    const clientId = await register(t);
    const page = await openConsent(t, authorizeUrl(clientId, (await pkce()).challenge));
    const res = await submit(t, { handle: page.handle, decision: "deny" }, page.cookie);
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get("location") as string);
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("state")).toBe("st4te");
  });

  it("a wrong password is the login's refusal, and the page asks again", async () => {
    const t = api();
    const u = await user(t);
    const clientId = await register(t);
    const page = await openConsent(t, authorizeUrl(clientId, (await pkce()).challenge));
    const res = await submit(
      t,
      { handle: page.handle, email: u.email, password: "wrong password entirely", decision: "approve" },
      page.cookie,
    );
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/name="handle" value="[^"]+"/);
  });

  it("counts against the login's own limits: failures at /api/auth/login leave the page refused (429)", async () => {
    const t = api();
    const u = await user(t);
    for (let i = 0; i < RULES.loginByEmailNet.limit; i++) {
      const res = await t.request(
        "/api/auth/login",
        jsonInit("POST", { email: u.email, password: "not the password at all" }),
      );
      expect(res.status).toBe(401);
    }
    const clientId = await register(t);
    const page = await openConsent(t, authorizeUrl(clientId, (await pkce()).challenge));
    const res = await submit(
      t,
      { handle: page.handle, email: u.email, password: u.password, decision: "approve" },
      page.cookie,
    );
    expect(res.status).toBe(429);
    expect(await res.text()).toContain("Too many sign-in attempts");
  }, 30_000);

  it("refuses PKCE plain: S256 only (OAuth 2.1 §4.1.1; MCP 2025-11-25, Authorization Code Protection)", async () => {
    const t = api();
    const clientId = await register(t);
    const res = await t.request(authorizeUrl(clientId, "x".repeat(43), { code_challenge_method: "plain" }), {}, SKIP);
    expect(res.status).toBe(400);
  });
});

describe("tokens for /mcp", () => {
  it("an access token speaks MCP as the connection's key: tools listed by its scopes, a tool called", async () => {
    const t = api();
    const { tokens } = await connect(t);
    expect(tokens.scope.split(" ").sort()).toEqual(["projects:read", "projects:write"]);
    const transport = new StreamableHTTPClientTransport(new URL(RESOURCE), {
      requestInit: { headers: { authorization: `Bearer ${tokens.access_token}` } },
      fetch: (url, init) => t.request(String(url), init, SKIP),
    });
    const client = new Client(
      { name: "oauth-agent", version: "1.0.0" },
      { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() },
    );
    await client.connect(transport);
    const names = (await client.listTools()).tools.map((x) => x.name);
    expect(names).toContain("create_project");
    expect(names).not.toContain("write_artifact");
    const created = (await client.callTool({ name: "create_project", arguments: { name: "Via OAuth" } })) as {
      isError?: boolean;
    };
    expect(created.isError).toBeFalsy();
    await client.close();
  });

  it("refresh rotates: the new tokens work, the access token is bound to /mcp", async () => {
    const t = api();
    const { clientId, tokens } = await connect(t);
    const res = await token(t, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
      client_id: clientId,
    });
    expect(res.status).toBe(200);
    const next = (await res.json()) as { access_token: string; refresh_token: string };
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    expect((await mcpPost(t, next.access_token, LIST)).status).toBe(200);
    // A token for another resource is refused (RFC 8707 §2).
    const other = await token(t, {
      grant_type: "refresh_token",
      refresh_token: next.refresh_token,
      client_id: clientId,
      resource: `${ORIGIN}/elsewhere`,
    });
    expect(other.status).toBe(400);
  });

  it("an access token costs what the key costs: one round trip at /mcp (the token's check is KV, no database)", async () => {
    const t = api();
    const { tokens } = await connect(t);
    const before = await t.roundTrips();
    expect((await mcpPost(t, tokens.access_token, LIST)).status).toBe(200);
    expect(await t.roundTrips()).toBe(before + 1);
    // A refused token: no database work at all.
    const refused = await t.roundTrips();
    expect((await mcpPost(t, "not-a-token", LIST)).status).toBe(401);
    expect(await t.roundTrips()).toBe(refused);
  });

  it("a connection whose key is revoked gets 401 at once", async () => {
    const t = api();
    const { u, tokens } = await connect(t);
    expect((await mcpPost(t, tokens.access_token, LIST)).status).toBe(200);
    await sql.query("delete from api_keys where user_id = $1", [u.user.id]);
    const res = await mcpPost(t, tokens.access_token, LIST);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });
});

describe("/api/me/connections", () => {
  it("lists the approved agent and revokes it: its access token gets 401 at once, its refresh token fails", async () => {
    const t = api();
    const { u, clientId, tokens } = await connect(t);
    const listed = await t.request("/api/me/connections", { headers: u.auth });
    expect(listed.status).toBe(200);
    const { connections } = (await listed.json()) as {
      connections: { id: string; clientId: string; clientName: string; scopes: string[] }[];
    };
    expect(connections).toEqual([
      expect.objectContaining({ clientId, clientName: "Test Agent", scopes: ["projects:read", "projects:write"] }),
    ]);
    const id = connections[0]?.id as string;
    expect((await mcpPost(t, tokens.access_token, LIST)).status).toBe(200);

    // Another user cannot see or revoke it.
    const other = await user(t);
    expect(
      ((await (await t.request("/api/me/connections", { headers: other.auth })).json()) as { connections: [] })
        .connections,
    ).toEqual([]);
    expect((await t.request(`/api/me/connections/${id}`, { method: "DELETE", headers: other.auth })).status).toBe(404);

    expect((await t.request(`/api/me/connections/${id}`, { method: "DELETE", headers: u.auth })).status).toBe(204);
    expect((await mcpPost(t, tokens.access_token, LIST)).status).toBe(401);
    const refreshed = await token(t, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
      client_id: clientId,
    });
    expect(refreshed.status).toBe(400);
    const after = (await (await t.request("/api/me/connections", { headers: u.auth })).json()) as { connections: [] };
    expect(after.connections).toEqual([]);
    expect((await t.request(`/api/me/connections/${id}`, { method: "DELETE", headers: u.auth })).status).toBe(404);
  });
});

describe("a connection is told by its key's kind, never by the key's name", () => {
  type Listed = { connections: { id: string }[] };
  type Keys = { keys: { id: string; name: string; kind: string }[] };

  it("the consent page mints a key of kind `connection`, listed so in /api/me/keys", async () => {
    const t = api();
    const { u } = await connect(t);
    const { keys } = (await (await t.request("/api/me/keys", { headers: u.auth })).json()) as Keys;
    expect(keys).toEqual([expect.objectContaining({ name: "MCP connection: Test Agent", kind: "connection" })]);
    const { connections } = (await (await t.request("/api/me/connections", { headers: u.auth })).json()) as Listed;
    expect(connections.map((c) => c.id)).toEqual([keys[0]?.id]);
    // Renamed, it is still the connection.
    await sql.query("update api_keys set name = 'laptop' where user_id = $1", [u.user.id]);
    const renamed = (await (await t.request("/api/me/connections", { headers: u.auth })).json()) as Listed;
    expect(renamed.connections.map((c) => c.id)).toEqual([keys[0]?.id]);
  });

  it("a user's own key named like a connection's is no connection: not listed, not revoked there", async () => {
    const t = api();
    const u = await user(t);
    const made = await t.request(
      "/api/me/keys",
      jsonInit("POST", { name: "MCP connection: x", scopes: ["projects:read"], password: u.password }, u.auth),
    );
    expect(made.status).toBe(201);
    const { key, secret } = (await made.json()) as { key: { id: string; kind: string }; secret: string };
    expect(key.kind).toBe("key");
    const { connections } = (await (await t.request("/api/me/connections", { headers: u.auth })).json()) as Listed;
    expect(connections).toEqual([]);
    const revoke = await t.request(`/api/me/connections/${key.id}`, { method: "DELETE", headers: u.auth });
    expect(revoke.status).toBe(404);
    expect((await t.request("/api/projects", { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
  });

  it("revoking a connection's key at /api/me/keys ends the connection too", async () => {
    const t = api();
    const { u, tokens } = await connect(t);
    const { keys } = (await (await t.request("/api/me/keys", { headers: u.auth })).json()) as Keys;
    const id = keys[0]?.id as string;
    expect((await t.request(`/api/me/keys/${id}`, { method: "DELETE", headers: u.auth })).status).toBe(204);
    expect((await mcpPost(t, tokens.access_token, LIST)).status).toBe(401);
    const { connections } = (await (await t.request("/api/me/connections", { headers: u.auth })).json()) as Listed;
    expect(connections).toEqual([]);
  });
});

describe("cross-origin browser clients: the token endpoints yes, the consent page never", () => {
  const OTHER = "https://other.example";
  const crossSite = { origin: OTHER, "sec-fetch-site": "cross-site", "sec-fetch-mode": "cors" };

  /** CORS without credentials: the origin may read the answer, and no cookie is invited along. */
  function expectCorsWithoutCredentials(res: Response) {
    expect(res.headers.get("access-control-allow-origin")).toMatch(/^(\*|https:\/\/other\.example)$/);
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  }

  it("a public client on another origin discovers, registers and exchanges its code (CORS, no credentials)", async () => {
    const t = api();
    const u = await user(t);
    for (const path of ["/.well-known/oauth-authorization-server", "/.well-known/oauth-protected-resource/mcp"]) {
      const res = await t.request(`${ORIGIN}${path}`, { headers: crossSite }, SKIP);
      expect(res.status).toBe(200);
      expectCorsWithoutCredentials(res);
    }
    for (const path of ["/token", "/register"]) {
      const preflight = await t.request(
        `${ORIGIN}${path}`,
        {
          method: "OPTIONS",
          headers: {
            ...crossSite,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
          },
        },
        SKIP,
      );
      expect(preflight.status).toBeLessThan(300);
      expectCorsWithoutCredentials(preflight);
      expect(preflight.headers.get("access-control-allow-methods")).toMatch(/\*|POST/);
    }
    const registered = await t.request(
      `${ORIGIN}/register`,
      {
        method: "POST",
        headers: { ...crossSite, "content-type": "application/json" },
        body: JSON.stringify({ redirect_uris: [REDIRECT], token_endpoint_auth_method: "none", client_name: "Web" }),
      },
      SKIP,
    );
    expect(registered.status).toBe(201);
    expectCorsWithoutCredentials(registered);
    const clientId = ((await registered.json()) as { client_id: string }).client_id;
    const { verifier, challenge } = await pkce();
    const page = await openConsent(t, authorizeUrl(clientId, challenge));
    const approved = await submit(
      t,
      { handle: page.handle, email: u.email, password: u.password, decision: "approve" },
      page.cookie,
    );
    const code = new URL(approved.headers.get("location") as string).searchParams.get("code") as string;
    const exchanged = await t.request(
      `${ORIGIN}/token`,
      {
        method: "POST",
        headers: { ...crossSite, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code,
          redirect_uri: REDIRECT,
          client_id: clientId,
          code_verifier: verifier,
          resource: RESOURCE,
        }).toString(),
      },
      SKIP,
    );
    expect(exchanged.status).toBe(200);
    expectCorsWithoutCredentials(exchanged);
    const { access_token } = (await exchanged.json()) as { access_token: string };
    expect((await mcpPost(t, access_token, LIST)).status).toBe(200);
  });

  it("the consent page answers no origin with CORS, its preflight included, not even the web app's", async () => {
    const t = api();
    const clientId = await register(t);
    const url = authorizeUrl(clientId, (await pkce()).challenge);
    for (const origin of [OTHER, t.env.APP_URL as string]) {
      const page = await t.request(url, { headers: { origin } }, SKIP);
      expect(page.status).toBe(200);
      expect(page.headers.get("access-control-allow-origin")).toBeNull();
      expect(page.headers.get("access-control-allow-credentials")).toBeNull();
      const preflight = await t.request(
        `${ORIGIN}/authorize`,
        { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } },
        SKIP,
      );
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
      expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    }
  });

  it("the consent form posted from another site is refused (403), even with the browser's cookie and handle", async () => {
    const t = api();
    const u = await user(t);
    const clientId = await register(t);
    const page = await openConsent(t, authorizeUrl(clientId, (await pkce()).challenge));
    const fields = { handle: page.handle, email: u.email, password: u.password, decision: "approve" };
    const post = (headers: Record<string, string>) =>
      t.request(
        `${ORIGIN}/authorize`,
        {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: page.cookie, ...headers },
          body: new URLSearchParams(fields).toString(),
          redirect: "manual",
        },
        SKIP,
      );
    expect((await post({ origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "same-site", origin: "https://sub.spec-drive.test" })).status).toBe(403);
    // The page's own check, behind the API's form CSRF rule: straight to the MCP worker, the same refusal.
    const direct = await (env as unknown as { MCP: McpService }).MCP.oauth(
      new Request(`${ORIGIN}/authorize`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie: page.cookie,
          origin: "https://evil.example",
        },
        body: new URLSearchParams(fields).toString(),
      }),
      // Refused before it signs anyone in: no way into the API needed.
      undefined as unknown as ApiFetch,
    );
    expect(direct.status).toBe(403);
    expect(await direct.text()).toContain("not sent from this page");
    // The refusals spent nothing: the same form from the page itself (a no-referrer page's form posts `Origin: null`).
    const approved = await post({ origin: "null", "sec-fetch-site": "same-origin" });
    expect(approved.status).toBe(302);
  });
});

describe("Client ID Metadata Documents: fetched within the provider's bounds (test/client-metadata-host.ts)", () => {
  const cimdUrl = (clientId: string, challenge: string) => authorizeUrl(clientId, challenge);

  it("a document within the bounds identifies its client: consent names its domain, the code exchanges", async () => {
    const t = api();
    // The provider offers CIMD only in a worker running with global_fetch_strictly_public (its fetch
    // then reaches public hosts only, the runtime's rule): the MCP worker's flag (workers/mcp/wrangler.toml).
    const meta = (await (await t.request(`${ORIGIN}/.well-known/oauth-authorization-server`, {}, SKIP)).json()) as {
      client_id_metadata_document_supported?: boolean;
    };
    expect(meta.client_id_metadata_document_supported).toBe(true);
    const u = await user(t);
    const clientId = `${CLIENT_METADATA_HOST}/metadata.json`;
    const { verifier, challenge } = await pkce();
    const page = await openConsent(t, cimdUrl(clientId, challenge));
    expect(page.res.status).toBe(200);
    expect(page.html).toContain("published by <strong>client.example</strong>");
    const approved = await submit(
      t,
      { handle: page.handle, email: u.email, password: u.password, decision: "approve" },
      page.cookie,
    );
    expect(approved.status).toBe(302);
    const code = new URL(approved.headers.get("location") as string).searchParams.get("code") as string;
    const res = await token(t, {
      grant_type: "authorization_code",
      code,
      redirect_uri: CLIENT_METADATA_REDIRECT,
      client_id: clientId,
      code_verifier: verifier,
      resource: RESOURCE,
    });
    expect(res.status).toBe(200);
  });

  it("refuses an http client id, and a document over the 5 KiB bound", async () => {
    const t = api();
    const { challenge } = await pkce();
    const http = await t.request(cimdUrl("http://client.example/metadata.json", challenge), {}, SKIP);
    expect(http.status).toBe(400);
    const large = await t.request(cimdUrl(`${CLIENT_METADATA_HOST}/large.json`, challenge), {}, SKIP);
    expect(large.status).toBe(400);
    expect(await large.text()).toMatch(/size limit/i);
  });

  it("refuses a document that takes longer than the 10 s bound", async () => {
    const t = api();
    const started = Date.now();
    const slow = await t.request(cimdUrl(`${CLIENT_METADATA_HOST}/slow.json`, (await pkce()).challenge), {}, SKIP);
    expect(slow.status).toBe(400);
    expect(await slow.text()).toMatch(/timed out/i);
    expect(Date.now() - started).toBeLessThan(12_000);
  }, 30_000);
});
