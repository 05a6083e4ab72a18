// The local GitHub REST API stand-in: the endpoints the GitHub integration uses, answering as
// docs.github.com documents them (each behaviour's page is cited next to it and in
// docs/local-github.md), with in-memory state, a control API under /control, and signed webhook
// deliveries. This module creates the state (state.ts), answers /control with control.ts and the rest
// with the REST API (api.ts), and listens. Run alone: `node tools/local-github/server.ts [port]`.
import { createServer } from "node:http";
import { listenLocal } from "../listen.ts";
import { restApi } from "./api.ts";
import { control } from "./control.ts";
import { HttpError } from "./http.ts";
import { createState } from "./state.ts";

export interface LocalGithub {
  /** The API's base URL (Octokit's `baseUrl`). The control API is under `${url}/control`. */
  url: string;
  close(): Promise<void>;
}

export async function startLocalGithub(opts: { port?: number; host?: string } = {}): Promise<LocalGithub> {
  const s = createState();
  const api = restApi(s);
  const server = createServer(async (req, res) => {
    const u = new URL(req.url ?? "/", "http://local");
    try {
      if (u.pathname.startsWith("/control/")) return await control(s, req, res, u.pathname, u.searchParams);
      return await api(req, res, u.pathname, u.searchParams);
    } catch (err) {
      if (err instanceof HttpError) {
        res.writeHead(err.status, { "content-type": "application/json" });
        return res.end(JSON.stringify(err.body));
      }
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: (err as Error).message }));
    }
  });
  const listening = await listenLocal(server, opts.port, opts.host);
  s.url = listening.url;
  return {
    url: s.url,
    close: async () => {
      // Deliveries in flight first: a test's receiver sees every one before the server goes.
      await Promise.allSettled(s.pending);
      await listening.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const gh = await startLocalGithub({ port: Number(process.argv[2] ?? 0) });
  console.log(`local GitHub API on ${gh.url} (control API under ${gh.url}/control)`);
}
