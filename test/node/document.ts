// The served OpenAPI document, for the node tests that lint it and generate from it. The bindings
// are the ones the document reads (servers come from API_URL); serving it touches no database.
import { app } from "../../src/app.ts";

export const DOCUMENT_ENV = {
  DATABASE_URL: "postgres://u:p@db.example.test/db",
  APP_URL: "https://app.example.test",
  API_URL: "https://api.example.test",
  MAIL_PROVIDER: "console",
  AUTH_SECRET: "document-auth-secret-0123456789abcdef0123",
};

export async function servedDocument(): Promise<Record<string, unknown>> {
  const res = await app.request("https://api.example.test/openapi.json", {}, DOCUMENT_ENV);
  if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}
