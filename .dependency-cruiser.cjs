// The dependency rule (docs/architecture.md), checked by `npm run lint` over src/.
// Features are read from the folder list, so a new src/<feature>/ is covered without editing this file.
const { readdirSync } = require("node:fs");
const { join } = require("node:path");

/** Folders of src/ that are not features: the platform layer, the worker entry points, the pure spec engine. */
const NOT_FEATURES = ["platform", "workers", "spec-engine"];
const FEATURES = readdirSync(join(__dirname, "src"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !NOT_FEATURES.includes(d.name))
  .map((d) => d.name);
const FEATURE = `(${FEATURES.join("|")})`;

/**
 * Packages the pure modules may use: each only computes (no network, files, clock or Workers APIs). `diff` reads
 * the clock only for its `timeout` option, which src/platform/lib/unified-diff.ts does not pass.
 */
const PURE_PACKAGES = ["js-yaml", "@cfworker/json-schema", "packageurl-js", "zod", "diff"];
const PURE_PACKAGE = `node_modules/(${PURE_PACKAGES.join("|")})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A cycle makes load order matter and ties modules that should change apart.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "platform-never-imports-a-feature",
      comment: "src/platform/ is the layer features stand on: it knows no feature, no app and no entry point.",
      severity: "error",
      from: { path: "^src/platform/" },
      to: { path: [`^src/${FEATURE}/`, "^src/app\\.ts$", "^src/workers/"] },
    },
    {
      name: "spec-engine-is-pure",
      comment:
        "src/spec-engine/ is a pure library: itself, the pure helpers of src/platform/lib/ and packages that do no I/O.",
      severity: "error",
      from: { path: "^src/spec-engine/" },
      to: { pathNot: [`^src/(spec-engine|platform/lib)/`, PURE_PACKAGE] },
    },
    {
      name: "platform-lib-is-pure",
      comment:
        "src/platform/lib/ holds pure helpers anything may use (the spec engine too): they import no other layer.",
      severity: "error",
      from: { path: "^src/platform/lib/" },
      to: { pathNot: ["^src/platform/lib/", PURE_PACKAGE] },
    },
    {
      name: "feature-through-public-module",
      comment:
        "A feature reaches another only through its public module src/<feature>/index.ts; inside a feature, files import each other freely.",
      severity: "error",
      from: { path: `^src/${FEATURE}/` },
      to: { path: `^src/${FEATURE}/`, pathNot: ["^src/$1/", `^src/${FEATURE}/index\\.ts$`] },
    },
    {
      name: "app-through-public-modules",
      comment: "src/app.ts composes features through their public modules.",
      severity: "error",
      from: { path: "^src/app\\.ts$" },
      to: { path: `^src/${FEATURE}/`, pathNot: `^src/${FEATURE}/index\\.ts$` },
    },
    {
      name: "workers-through-public-modules",
      comment:
        "An entry point imports features' public modules: index.ts, or worker.ts for what only that feature's own worker hosts (kept out of the API bundle).",
      severity: "error",
      from: { path: "^src/workers/" },
      to: { path: `^src/${FEATURE}/`, pathNot: `^src/${FEATURE}/(index|worker)\\.ts$` },
    },
    {
      name: "worker-module-only-for-entry-points",
      comment: "src/<feature>/worker.ts is what a worker in src/workers/ hosts; nothing else loads it.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/workers/" },
      to: { path: `^src/${FEATURE}/worker\\.ts$` },
    },
    {
      name: "entry-points-are-imported-by-nothing",
      comment: "src/workers/ are the roots; src/app.ts is loaded by the entries of the API and teams workers only.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/workers/" },
      to: { path: ["^src/workers/", "^src/app\\.ts$"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
