// The Octokit a job runs with: authenticated for its project's connection, over fetch, against
// GITHUB_API_URL. No retry or throttling plugin: the outbox (outbox-run.ts) owns retries and
// GitHub's rate limits, so a call fails at once and the job is scheduled again. Generator worker only.
import { Octokit } from "@octokit/rest";
import githubAppJwt from "universal-github-app-jwt";
import type { GithubConfig } from "../platform/config-github";
import type { GithubConnection } from "../platform/db/schema";
import { fromBase64, toBase64 } from "../platform/lib/bytes";
import { decryptToken } from "./secrets";

export const USER_AGENT = "spec-drive";

/**
 * A failure retrying cannot fix (a credential GitHub refuses, a repository it does not show, a setting
 * missing): the outbox fails the job at once with this message as its lastError.
 */
export class PermanentGithubError extends Error {
  override name = "PermanentGithubError";
}

/** An Octokit RequestError, told by its shape (a bundle may hold two copies of the class). */
export interface GithubRequestError extends Error {
  status: number;
  response?: { headers: Record<string, string | number | undefined> };
}
export function isRequestError(err: unknown): err is GithubRequestError {
  return err instanceof Error && err.name === "HttpError" && typeof (err as { status?: unknown }).status === "number";
}

/** The HTTP status of an Octokit error, if it is one. */
export const statusOf = (err: unknown): number | undefined => (isRequestError(err) ? err.status : undefined);

/**
 * Seconds GitHub asks us to wait, when the error is one of its rate limits (403 or 429): a secondary
 * limit's `retry-after`, or a spent primary limit's `x-ratelimit-reset` (epoch seconds) when
 * `x-ratelimit-remaining` is 0. Undefined for any other error
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 */
export function rateLimitWaitSeconds(err: unknown, nowMs: number): number | undefined {
  if (!isRequestError(err) || (err.status !== 403 && err.status !== 429)) return undefined;
  const h = err.response?.headers ?? {};
  const retryAfter = Number(h["retry-after"]);
  if (h["retry-after"] !== undefined && Number.isFinite(retryAfter)) return Math.max(1, Math.ceil(retryAfter));
  if (String(h["x-ratelimit-remaining"]) === "0") {
    const reset = Number(h["x-ratelimit-reset"]);
    // A reset already past (clocks apart) still waits a second; a missing one, a minute (GitHub's advice).
    return Number.isFinite(reset) ? Math.max(1, Math.ceil(reset - nowMs / 1000)) : 60;
  }
  return undefined;
}

/** What the connection's token may do, as the credential reports it (app: the installation token's grants). */
export interface Authenticated {
  octokit: Octokit;
  /** The installation token's `permissions` (app); undefined for a fine-grained token (GitHub does not say). */
  permissions?: Record<string, string>;
}

/** One call's limit, ms: a hung answer fails the attempt (a network error: retried with backoff). */
export const REQUEST_TIMEOUT_MS = 20_000;

const timedFetch: typeof fetch = (input, init) =>
  fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

const client = (config: GithubConfig, auth?: string) =>
  new Octokit({
    auth,
    baseUrl: config.GITHUB_API_URL.replace(/\/+$/, ""),
    userAgent: USER_AGENT,
    request: { fetch: timedFetch },
  });

/**
 * An Octokit for the connection. token: the stored fine-grained token, decrypted with GITHUB_TOKEN_KEY.
 * app: an app JWT (GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY) exchanged for an installation token narrowed
 * to the connection's repository, minted for this run and never stored (it lives one hour).
 */
export async function octokitFor(connection: GithubConnection, config: GithubConfig): Promise<Authenticated> {
  if (connection.authKind === "token") {
    if (!config.GITHUB_TOKEN_KEY) throw new PermanentGithubError("GITHUB_TOKEN_KEY is not set");
    if (!connection.tokenCiphertext) throw new PermanentGithubError("the connection has no token");
    let token: string;
    try {
      token = await decryptToken(config.GITHUB_TOKEN_KEY, connection.projectId, connection.tokenCiphertext);
    } catch {
      throw new PermanentGithubError("the stored token does not decrypt with GITHUB_TOKEN_KEY (was the key rotated?)");
    }
    return { octokit: client(config, token) };
  }
  if (!config.GITHUB_APP_ID || !config.GITHUB_APP_PRIVATE_KEY) {
    throw new PermanentGithubError("GITHUB_APP_ID and GITHUB_APP_PRIVATE_KEY are not set");
  }
  if (connection.installationId == null) throw new PermanentGithubError("the connection has no installation");
  const jwt = await githubAppJwt({ id: config.GITHUB_APP_ID, privateKey: pkcs8Pem(config.GITHUB_APP_PRIVATE_KEY) });
  try {
    const { data } = await client(config, jwt.token).rest.apps.createInstallationAccessToken({
      installation_id: connection.installationId,
      repositories: [connection.repo],
    });
    return { octokit: client(config, data.token), permissions: stringRecord(data.permissions) };
  } catch (err) {
    throw installationTokenError(err, connection);
  }
}

/**
 * GitHub refused the call for good: a 4xx that is not one of its rate limits (a rate limit is waited out,
 * a 5xx or a network error retried), which a job turns into a PermanentGithubError in words.
 */
export function isRefusal(err: unknown): err is GithubRequestError {
  return isRequestError(err) && err.status < 500 && rateLimitWaitSeconds(err, Date.now()) === undefined;
}

/** A refused installation token in words; rate limits and 5xx stay as they are (the outbox waits or retries). */
function installationTokenError(err: unknown, connection: GithubConnection): unknown {
  if (!isRefusal(err)) return err;
  if (err.status === 401) return new PermanentGithubError(`the GitHub App's credentials were refused: ${err.message}`);
  if (err.status === 404) {
    return new PermanentGithubError(`installation ${connection.installationId} not found for this GitHub App`);
  }
  if (err.status === 422) {
    return new PermanentGithubError(
      `the installation does not include ${connection.owner}/${connection.repo} (add it to the app's installation)`,
    );
  }
  return new PermanentGithubError(`GitHub refused an installation token (${err.status}): ${err.message}`);
}

/** DER length octets. */
function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

/** AlgorithmIdentifier { rsaEncryption, NULL } and the PrivateKeyInfo version 0 (RFC 5208). */
const PKCS8_RSA_HEADER = [
  0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
];

/**
 * The app's key as PKCS#8 PEM. GitHub hands out PKCS#1 (`BEGIN RSA PRIVATE KEY`), which WebCrypto (and so
 * universal-github-app-jwt outside Node) cannot import: the PKCS#1 key is wrapped in a PrivateKeyInfo.
 */
export function pkcs8Pem(pem: string): string {
  const match = /-----BEGIN RSA PRIVATE KEY-----([\s\S]+?)-----END RSA PRIVATE KEY-----/.exec(pem);
  if (!match?.[1]) return pem;
  const pkcs1 = fromBase64(match[1]);
  const octets = [0x04, ...derLength(pkcs1.length), ...pkcs1];
  const body = [...PKCS8_RSA_HEADER, ...octets];
  const der = Uint8Array.from([0x30, ...derLength(body.length), ...body]);
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN PRIVATE KEY-----\n${lines.join("\n")}\n-----END PRIVATE KEY-----`;
}

/** GitHub's permission map with its string values only (`{contents: "write", ...}`). */
export function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}
