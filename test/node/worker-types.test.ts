// worker-configuration.d.ts is what `npm run cf-typegen` writes today: the script's own `wrangler types`
// command, run to a temporary path, must write the committed file byte for byte. It holds the runtime's
// types only (`--include-env=false`): the code declares its bindings itself (src/platform/config.ts, the workers'
// env types), and `npm run dev` checks each of its three workers against this one file, so env types of
// the API's would be "out of date" for the generator and the MCP worker at every start.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const FILE = "worker-configuration.d.ts";

it("worker-configuration.d.ts is what npm run cf-typegen generates (run it after a wrangler or compatibility change)", () => {
  const scripts = (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { scripts: Record<string, string> })
    .scripts;
  const command = /wrangler types (.+)$/.exec(scripts["cf-typegen"] ?? "")?.[1]?.split(/\s+/);
  expect(command, "cf-typegen runs `wrangler types <args>`").toContain(FILE);
  const dir = mkdtempSync(join(tmpdir(), "worker-types-"));
  try {
    const out = join(dir, FILE);
    const run = spawnSync(
      `${root}node_modules/.bin/wrangler`,
      ["types", ...(command ?? []).map((a) => (a === FILE ? out : a))],
      { cwd: root, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
    );
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const generated = readFileSync(out, "utf8");
    const committed = readFileSync(`${root}${FILE}`, "utf8");
    // Not toBe: a 16,000-line diff would bury the message.
    expect(generated === committed, `${FILE} is stale: run npm run cf-typegen`).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
