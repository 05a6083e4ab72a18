// A typed client for the Spec Drive API, for use outside this repository (browser or server):
// openapi-fetch over the types openapi-typescript generated from /openapi.json (./schema.d.ts,
// kept current by test/node/generated.test.ts). Copy this folder, or import it, and:
//
//   const api = createSpecDriveClient({ baseUrl: "https://api.example.com", token: () => session?.token });
//   const { data, error } = await api.GET("/api/projects", { params: { query: { limit: 10 } } });
//
// Every signed-in operation gets `Authorization: Bearer <token>` when `token()` returns one.
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { components, operations, paths } from "./schema";

export type { components, operations, paths };
export type ApiError = components["schemas"]["Error"];

export interface SpecDriveClientOptions extends ClientOptions {
  baseUrl: string;
  /** The session token (from logIn / signUp), read before every request; undefined: none sent. */
  token?: () => string | undefined;
}

export function createSpecDriveClient({ token, ...options }: SpecDriveClientOptions): Client<paths> {
  const client = createClient<paths>(options);
  client.use({
    onRequest({ request }) {
      const t = token?.();
      if (t && !request.headers.has("authorization")) request.headers.set("authorization", `Bearer ${t}`);
      return request;
    },
  });
  return client;
}
