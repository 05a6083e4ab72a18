// GitHub App JWTs as GitHub checks them
// (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app):
// RS256, `iss` the app's id, `iat` in the past, `exp` in the future and at most 10 minutes ahead,
// signed with the app's private key. Refusals are 401 with GitHub's messages.
import { createPublicKey, verify } from "node:crypto";
import { fail } from "./http.ts";

const UNDECODABLE = "A JSON web token could not be decoded";

function b64url(s: string): Buffer {
  return Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

/** The app id of a valid JWT; `publicKeyOf` answers the PEM registered for an app id. */
export function verifyAppJwt(token: string, publicKeyOf: (appId: number) => string | undefined, nowSeconds: number) {
  const parts = token.split(".");
  if (parts.length !== 3) fail(401, UNDECODABLE);
  const [h, p, s] = parts as [string, string, string];
  let header: { alg?: string };
  let claims: { iss?: unknown; iat?: unknown; exp?: unknown };
  try {
    header = JSON.parse(b64url(h).toString("utf8"));
    claims = JSON.parse(b64url(p).toString("utf8"));
  } catch {
    return fail(401, UNDECODABLE);
  }
  const appId = Number(claims.iss);
  const key = publicKeyOf(appId);
  if (header.alg !== "RS256" || !key) fail(401, UNDECODABLE);
  if (!verify("RSA-SHA256", Buffer.from(`${h}.${p}`), createPublicKey(key as string), b64url(s)))
    fail(401, UNDECODABLE);
  if (typeof claims.exp !== "number" || claims.exp <= nowSeconds) {
    fail(
      401,
      "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
    );
  }
  if ((claims.exp as number) > nowSeconds + 600) fail(401, "'Expiration time' claim ('exp') is too far in the future");
  if (typeof claims.iat !== "number" || claims.iat > nowSeconds) {
    fail(401, "'Issued at' claim ('iat') must be an Integer representing a time in the past");
  }
  return appId;
}
