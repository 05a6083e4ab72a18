declare module "vitest" {
  export interface ProvidedContext {
    neonEndpoint: string;
    neonControl: string;
    backendKind: "pg" | "pglite";
    /** The test database for node-postgres, when the backend is a real Postgres; "" on PGlite. */
    directDatabaseUrl: string;
  }
}

export {};
