// The local GitHub stand-in's REST API: each request is logged, authenticated (a token, or an app's JWT
// for an installation token), charged to its rate-limit bucket, failed when a fault is injected, and
// answered by the first route that matches, in GitHub's error shape when it fails.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { appOfJwt, createInstallationToken, identify } from "./auth.ts";
import { fail, HttpError, notFound, readBody } from "./http.ts";
import { issueRoutes } from "./issues-routes.ts";
import { pullRoutes } from "./pulls-routes.ts";
import { spend, takeFault, UNAUTHENTICATED_LIMIT } from "./rate-limits.ts";
import { repoRoutes } from "./repos-routes.ts";
import { type Ctx, routeTable } from "./router.ts";
import { type Identity, iso, type LocalGithubState, type RequestRecord } from "./state.ts";

/** The handler of every request outside /control. */
export function restApi(s: LocalGithubState) {
  const routes = routeTable(s, [repoRoutes, pullRoutes, issueRoutes]);
  return async function api(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const method = req.method ?? "GET";
    const rec: RequestRecord = { at: iso(s), method, path, status: 0, identity: null };
    s.log.push(rec);
    let limitHeaders: Record<string, string> = {};
    const headers = () => ({
      "content-type": "application/json; charset=utf-8",
      "x-github-request-id": randomUUID().toUpperCase().slice(0, 23),
      "x-github-api-version-selected": "2022-11-28",
      ...limitHeaders,
    });
    try {
      let bodyText: string | undefined;
      const ctxBody = async () => {
        bodyText ??= await readBody(req);
        try {
          const parsed = bodyText ? JSON.parse(bodyText) : {};
          if (typeof parsed !== "object" || parsed === null) throw new Error();
          return parsed as Record<string, unknown>;
        } catch {
          return fail(400, "Problems parsing JSON");
        }
      };
      if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
        const app = appOfJwt(s, req);
        rec.identity = `app:${app.id}`;
        limitHeaders = spend(s, `app:${app.id}`, s.rate.limit, `app ID ${app.id}`);
        const id = Number(path.split("/")[3]);
        const out = createInstallationToken(s, app, id, await ctxBody());
        rec.status = 201;
        res.writeHead(201, headers());
        return res.end(JSON.stringify(out));
      }
      let who: Identity | undefined;
      try {
        who = identify(s, req);
      } catch (err) {
        // A refused token's answer still carries the caller's (unauthenticated) rate-limit headers.
        limitHeaders = spend(s, `ip:${req.socket.remoteAddress}`, UNAUTHENTICATED_LIMIT, `${req.socket.remoteAddress}`);
        throw err;
      }
      rec.identity = who?.bucket ?? null;
      const fault = takeFault(s, method, path);
      limitHeaders = who
        ? spend(
            s,
            who.bucket,
            s.rate.limit,
            who.kind === "pat" ? `user ID ${who.userId}` : `installation ID ${who.installationId}`,
          )
        : spend(s, `ip:${req.socket.remoteAddress}`, UNAUTHENTICATED_LIMIT, req.socket.remoteAddress ?? "your IP");
      if (fault) {
        if (fault.status === "secondary_rate_limit") {
          // Secondary limits: 403 or 429, retry-after in seconds (rate-limits-for-the-rest-api#exceeding-the-secondary-rate-limits).
          fail(
            fault.httpStatus ?? 403,
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
            {
              documentation_url:
                "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
            },
            { "retry-after": String(fault.retryAfter ?? 60) },
          );
        }
        fail(fault.status, fault.status === 502 ? "Server Error" : "Internal Server Error");
      }
      for (const [m, re, h] of routes) {
        const match = m === method ? re.exec(path) : null;
        if (!match) continue;
        const params = match.slice(1).map((p) => decodeURIComponent(p));
        const ctx: Ctx = { req, who, params, query, body: ctxBody, url: `${s.url}${path}?${query}` };
        const [status, out] = await h(ctx);
        rec.status = status;
        res.writeHead(status, { ...headers(), ...(ctx.link && { link: ctx.link }) });
        return res.end(JSON.stringify(out));
      }
      notFound();
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      rec.status = err.status;
      res.writeHead(err.status, { ...headers(), ...err.headers });
      res.end(JSON.stringify(err.body));
    }
  };
}
