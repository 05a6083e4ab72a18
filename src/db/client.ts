// The one db-client factory: a drizzle client over the Neon HTTP driver, built per request
// from validated config. Never a global client, never a fallback.
import { neon, neonConfig } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-http";
import type { Config } from "../config";
import * as schema from "./schema";

const neonDefaultEndpoint = neonConfig.fetchEndpoint;

export function createDb(config: Config) {
  // fetchEndpoint is module-global in the driver; the binding is constant per deployment,
  // so this only ever points it at the local endpoint in dev/tests and leaves Neon's default otherwise.
  neonConfig.fetchEndpoint = config.NEON_FETCH_ENDPOINT ?? neonDefaultEndpoint;
  return drizzle({ client: neon(config.DATABASE_URL), schema });
}

export type Db = ReturnType<typeof createDb>;
