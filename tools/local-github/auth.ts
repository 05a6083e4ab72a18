// The local GitHub stand-in's authentication: the caller a token stands for, what it may do on a
// repository, GitHub App JWTs and the installation access tokens an app creates with one.
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { fail, notFound } from "./http.ts";
import { verifyAppJwt } from "./jwt.ts";
import { repoJson } from "./representations.ts";
import {
  type AppConfig,
  type Identity,
  iso,
  type Level,
  type LocalGithubState,
  now,
  type Permissions,
  type Repo,
  userId,
} from "./state.ts";

/**
 * The caller from `Authorization: token|Bearer <token>`
 * (https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api): undefined when
 * there is none; 401 "Bad credentials" for an unknown or expired token.
 */
export function identify(s: LocalGithubState, req: IncomingMessage): Identity | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
  return identityOf(s, m?.[1] ?? "") ?? fail(401, "Bad credentials");
}

/** The caller a token stands for; undefined when it is unknown or expired. */
export function identityOf(s: LocalGithubState, token: string): Identity | undefined {
  const pat = s.pats.get(token);
  if (pat && (!pat.expiresAt || Date.parse(pat.expiresAt) > now(s))) {
    return {
      kind: "pat",
      login: pat.login,
      userId: userId(s, pat.login),
      repositories: pat.repositories,
      permissions: pat.permissions,
      role: pat.role ?? "admin",
      bucket: `user:${pat.login}`,
    };
  }
  const inst = s.installationTokens.get(token);
  // Installation tokens expire after one hour
  // (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app).
  if (inst && inst.expiresAt > now(s)) {
    const installation = s.installations.get(inst.installationId);
    const app = installation && s.apps.get(installation.appId);
    if (installation && app) {
      return {
        kind: "installation",
        login: `${app.slug}[bot]`,
        userId: userId(s, `${app.slug}[bot]`),
        repositories: inst.repositories,
        permissions: inst.permissions,
        role: "write",
        bucket: `installation:${installation.id}`,
        installationId: installation.id,
      };
    }
  }
  return undefined;
}

/**
 * The repository, if the caller may do `level` with `permission` on it. A private repository the
 * caller cannot see is 404, not 403
 * (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#404-not-found-for-an-existing-resource);
 * one it sees without the permission is 403 "Resource not accessible by …" with the
 * X-Accepted-GitHub-Permissions header naming what was needed
 * (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#resource-not-accessible).
 */
export function access(
  s: LocalGithubState,
  who: Identity | undefined,
  owner: string,
  name: string,
  permission: keyof Permissions,
  level: Level,
): Repo {
  const repo = s.repos.get(`${owner}/${name}`);
  if (!repo) return notFound();
  const sees = who?.repositories.includes(`${owner}/${name}`) ?? false;
  if (!sees && repo.private) return notFound();
  if (!who) return level === "read" ? repo : fail(401, "Requires authentication");
  if (level === "read" && (!sees || permission === "metadata")) return repo;
  const has = sees ? who.permissions[permission] : undefined;
  if (has === "write" || (has === "read" && level === "read")) return repo;
  const subject = who.kind === "pat" ? "personal access token" : "integration";
  return fail(
    403,
    `Resource not accessible by ${subject}`,
    {},
    { "x-accepted-github-permissions": `${permission}=${level}` },
  );
}

// ---- GitHub App JWTs -----------------------------------------------------------------------

export function appOfJwt(s: LocalGithubState, req: IncomingMessage): AppConfig {
  const m = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  const id = verifyAppJwt(m?.[1] ?? "", (iss) => s.apps.get(iss)?.publicKey, Math.floor(now(s) / 1000));
  return s.apps.get(id) as AppConfig;
}

/** POST /app/installations/{installation_id}/access_tokens (https://docs.github.com/en/rest/apps/apps#create-an-installation-access-token-for-an-app). */
export function createInstallationToken(
  s: LocalGithubState,
  app: AppConfig,
  installationId: number,
  body: Record<string, unknown>,
) {
  const inst = s.installations.get(installationId);
  if (!inst || inst.appId !== app.id) return notFound();
  let repositories = inst.repositories;
  if (Array.isArray(body.repositories)) {
    const asked = body.repositories.map((n) => `${inst.account}/${n}`);
    if (asked.some((r) => !inst.repositories.includes(r))) {
      fail(
        422,
        "There is at least one repository that does not exist or is not accessible to the parent installation.",
      );
    }
    repositories = asked;
  }
  let permissions = inst.permissions;
  if (body.permissions && typeof body.permissions === "object") {
    const asked = body.permissions as Record<string, Level>;
    for (const [k, v] of Object.entries(asked)) {
      const has = inst.permissions[k as keyof Permissions];
      if (!has || (v === "write" && has !== "write")) {
        fail(422, `The permissions requested are not granted to this installation.`);
      }
    }
    permissions = asked;
  }
  const token = `ghs_${randomBytes(18).toString("base64url")}`;
  const expiresAt = now(s) + 3600_000;
  s.installationTokens.set(token, { installationId, expiresAt, repositories, permissions });
  return {
    token,
    expires_at: iso(s, expiresAt),
    permissions: { metadata: "read", ...permissions },
    repository_selection: "selected",
    ...(Array.isArray(body.repositories) && {
      repositories: repositories.map((r) => repoJson(s, s.repos.get(r) ?? notFound())),
    }),
  };
}
