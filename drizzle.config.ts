import { defineConfig } from "drizzle-kit";

// Only `db:migrate` needs a database; `db:generate` and `db:check` work offline.
const url = process.env.DATABASE_URL;
const needsUrl = process.argv.some((a) => a === "migrate" || a === "push" || a === "studio");
if (needsUrl && !url) {
  throw new Error("DATABASE_URL is required, e.g. DATABASE_URL=postgres://user:pass@host/db npm run db:migrate");
}

export default defineConfig({
  schema: "./src/platform/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: { url: url ?? "postgres://unused@localhost/unused" },
  strict: true,
});
