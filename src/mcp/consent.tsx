/** @jsxImportSource hono/jsx */
// The OAuth consent page (/authorize), the provider's defaultHandler in the MCP worker (oauth.ts).
// Server-rendered with hono/jsx, no script at all: a form that signs the user in with their email and
// password and approves or denies. The user signs in through the API's own POST /api/auth/login (the
// `api` the API hands over), so the login's rate limits, lockout mail and audit are exactly the
// login's; the approval then mints the connection's API key with POST /api/me/keys and ends that
// session. CSRF: a post from another site is refused by its Fetch Metadata / Origin (postedFromThisPage),
// and the form posts the provider's consent handle, which only counts with the binding cookie
// beginConsent set in this browser, and works once (the library's approveConsent/denyConsent).
// No CORS: the provider adds none to this page, and the API leaves it none (src/app.ts).
import { AuthorizationError, type AuthRequest, type OAuthHelpers } from "@cloudflare/workers-oauth-provider";
import { Hono } from "hono";
import type { FC } from "hono/jsx";
import { type ApiFetch, CONNECTION_KEY_PREFIX } from "./contract";
import { CONNECTION_DAYS, type GrantMetadata, type GrantProps, type ProviderEnv } from "./grant";

type ConsentEnv = { Bindings: ProviderEnv };

/** What each scope lets the agent do, in the user's words (the API keys' scopes, docs/api-keys.md). */
const SCOPE_TEXT: Record<string, string> = {
  "projects:read": "read your projects, their progress, artifacts and runs",
  "projects:write": "create, change and delete projects and advance their phases",
  "artifacts:write": "store artifacts and record validation",
  "gates:approve": "take the human approval gates (stack and dependencies)",
  "runs:write": "start, pause, resume and cancel generation runs",
};

interface PageProps {
  clientName: string;
  /** A Client ID Metadata Document client's domain (its https client id's host): the one name it proves. */
  clientDomain?: string;
  redirectHost: string;
  redirectIsLoopback: boolean;
  scopes: string[];
  handle: string;
  error?: string;
}

const Page: FC<PageProps> = (p) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>Connect {p.clientName} to Spec Drive</title>
    </head>
    <body>
      <main>
        <h1>Connect {p.clientName} to Spec Drive</h1>
        <p>
          <strong>{p.clientName}</strong> asks to use your Spec Drive account. It will be sent back to{" "}
          <strong>{p.redirectHost}</strong>.
        </p>
        {p.clientDomain ? (
          <p>
            It is published by <strong>{p.clientDomain}</strong>; its name is its own claim.
          </p>
        ) : null}
        {p.redirectIsLoopback ? (
          <p>That address is on your own computer: approve only if you just started this connection.</p>
        ) : null}
        <h2>It will be able to</h2>
        <ul>
          {p.scopes.map((s) => (
            <li>
              <code>{s}</code>: {SCOPE_TEXT[s] ?? s}
            </li>
          ))}
        </ul>
        {p.error ? <p role="alert">{p.error}</p> : null}
        <form method="post" action="/authorize">
          <input type="hidden" name="handle" value={p.handle} />
          <p>
            <label for="email">Email</label>{" "}
            <input id="email" name="email" type="email" autocomplete="username" required autofocus />
          </p>
          <p>
            <label for="password">Password</label>{" "}
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </p>
          <p>
            <button type="submit" name="decision" value="approve">
              Sign in and approve
            </button>{" "}
            <button type="submit" name="decision" value="deny" formnovalidate>
              Deny
            </button>
          </p>
        </form>
      </main>
    </body>
  </html>
);

/**
 * No script, style or frame from anywhere; the form posts here only, and the approval's redirect
 * goes to the client's redirect URI, which form-action must allow too (CSP 3 §6.3.1: form-action
 * applies to the redirects a submission follows).
 */
function csp(redirectUri: string): string {
  const redirect = new URL(redirectUri);
  const target = redirect.protocol === "http:" || redirect.protocol === "https:" ? ` ${redirect.origin}` : "";
  return `default-src 'none'; form-action 'self'${target}; frame-ancestors 'none'; base-uri 'none'`;
}

/** The scopes to grant: those asked that an API key can hold; none asked means read-only. */
function grantedScopes(asked: string[]): string[] {
  const known = asked.filter((s) => s in SCOPE_TEXT);
  return known.length > 0 ? known : ["projects:read"];
}

async function render(helpers: OAuthHelpers, request: AuthRequest, status: 200 | 401 | 429, error?: string) {
  const consent = await helpers.describeConsent(request);
  const { handle, headers } = await helpers.beginConsent(request);
  headers.set("Content-Security-Policy", csp(request.redirectUri));
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Referrer-Policy", "no-referrer");
  const page = (
    <Page
      clientName={consent.clientName}
      clientDomain={consent.clientDomain}
      redirectHost={consent.redirectHost}
      redirectIsLoopback={consent.redirectIsLoopback}
      scopes={grantedScopes(request.scope)}
      handle={handle}
      error={error}
    />
  );
  return new Response(`<!doctype html>${page}`, { status, headers });
}

function plain(status: number, text: string) {
  return new Response(text, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "Content-Security-Policy": "default-src 'none'" },
  });
}

interface SignedIn {
  userId: string;
  key: GrantProps;
}

/**
 * Signs in through the API's login route and mints the connection's key; the session ends at once
 * (it only served this approval). Answers the refusal's status and message when the login does not pass.
 */
async function signInAndMintKey(
  api: ApiFetch,
  email: string,
  password: string,
  scopes: string[],
  clientName: string,
): Promise<SignedIn | { status: 401 | 429; message: string }> {
  const login = await api({
    method: "POST",
    path: "/api/auth/login",
    body: JSON.stringify({ email, password, session: "bearer" }),
  });
  if (login.status === 429) return { status: 429, message: "Too many sign-in attempts: wait a while and try again." };
  if (login.status !== 200) return { status: 401, message: "That email and password do not match an account." };
  const { user, session } = JSON.parse(login.body) as { user: { id: string }; session: { token: string } };
  const authorization = `Bearer ${session.token}`;
  try {
    const created = await api({
      method: "POST",
      path: "/api/me/keys",
      authorization,
      body: JSON.stringify({
        name: `${CONNECTION_KEY_PREFIX}${clientName}`.slice(0, 100),
        scopes,
        expiresInDays: CONNECTION_DAYS,
        password,
        kind: "connection",
      }),
    });
    if (created.status !== 201) {
      const { error } = JSON.parse(created.body) as { error: { message: string } };
      return {
        status: created.status === 429 ? 429 : 401,
        message: `Spec Drive refused the connection: ${error.message}.`,
      };
    }
    const { key, secret } = JSON.parse(created.body) as { key: { id: string }; secret: string };
    return { userId: user.id, key: { key: secret, keyId: key.id } };
  } finally {
    await api({ method: "POST", path: "/api/auth/logout", authorization });
  }
}

/**
 * Whether a post of the form came from this page, as the browser says (Fetch Metadata, else Origin):
 * a post from another site is refused before its handle is looked at, in addition to the handle's
 * binding cookie. The page's `Referrer-Policy: no-referrer` makes its own form post `Origin: null`, so
 * Sec-Fetch-Site decides when the browser sends it. A request with neither comes from no browser: no
 * cookie rides along with it, and the handle alone does not count.
 */
function postedFromThisPage(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = request.headers.get("origin");
  return origin === null || origin === new URL(request.url).origin;
}

export const consentPage = new Hono<ConsentEnv>()
  .get("/authorize", async (c) => {
    const helpers = c.env.OAUTH_PROVIDER;
    let request: AuthRequest;
    try {
      request = await helpers.parseAuthRequest(c.req.raw);
    } catch (err) {
      // An invalid client or redirect URI is never redirected to (RFC 6749 §4.1.2.1): told here.
      return plain(400, `This connection request is not valid: ${(err as Error).message}`);
    }
    return render(helpers, request, 200);
  })
  .post("/authorize", async (c) => {
    if (!postedFromThisPage(c.req.raw)) {
      // Unread, the body would hold its sender (a service binding's stream) until the request ends.
      await c.req.raw.body?.cancel();
      return plain(403, "This consent form was not sent from this page: start the connection again.");
    }
    const helpers = c.env.OAUTH_PROVIDER;
    const form = await c.req.formData();
    const field = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" ? v : "";
    };
    try {
      if (field("decision") === "deny") {
        const denied = await helpers.denyConsent(c.req.raw, field("handle"));
        return new Response(null, { status: 302, headers: denied.headers });
      }
      const approved = await helpers.approveConsent(c.req.raw, field("handle"));
      const scopes = grantedScopes(approved.request.scope);
      const { clientName } = await helpers.describeConsent(approved.request);
      const result = await signInAndMintKey(c.env.API, field("email"), field("password"), scopes, clientName);
      if ("status" in result) return render(helpers, approved.request, result.status, result.message);
      const metadata: GrantMetadata = { keyId: result.key.keyId, clientName };
      const { redirectTo } = await helpers.completeAuthorization({
        request: approved.request,
        userId: result.userId,
        scope: scopes,
        metadata,
        props: result.key,
      });
      approved.headers.set("Location", redirectTo);
      return new Response(null, { status: 302, headers: approved.headers });
    } catch (err) {
      // A missing, foreign (no binding cookie: a cross-site post), expired or reused handle.
      if (err instanceof AuthorizationError)
        return plain(403, "This consent form expired or was not sent from this page: start the connection again.");
      throw err;
    }
  })
  .all("*", () => plain(404, "Not found"));
