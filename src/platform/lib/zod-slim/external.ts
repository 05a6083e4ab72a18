// The worker bundle's "zod" (wrangler.toml [alias]): zod's classic API exactly as `import { z } from "zod"`
// gives it (same modules, same code), minus what nothing here uses at runtime: `locales`, `core`,
// `fromJSONSchema` and the JIT (`compile`, `withParser`, `ZodCompileAsyncError`,
// `ZodCompileUnsupportedError`).
//
// Why: @hono/zod-openapi passes the whole `z` namespace to extendZodWithOpenApi(z), so the bundler
// must keep every export of zod's entry, including `z.locales` / `z.core.locales` (about 50 UI
// languages of error messages: ~300 KiB minified), `z.core` (with the JIT `compile`) and
// `z.fromJSONSchema`. Error messages stay English (zod's default, registered by schemas.js itself).
// Types still come from the real package; only the bundle sees this file. Tests run against it too
// (vitest.config.ts aliases "zod" the same way), so a missing export would fail there.
// This list copies zod's node_modules/zod/v4/classic/external.js: zod is pinned to an exact version
// in package.json, and test/node/zod-slim.test.ts fails when the two lists differ.

export * from "../../../../node_modules/zod/v4/classic/checks.js";
export * as coerce from "../../../../node_modules/zod/v4/classic/coerce.js";
export * from "../../../../node_modules/zod/v4/classic/compat.js";
export { deepPartial } from "../../../../node_modules/zod/v4/classic/deep-partial.js";
export * from "../../../../node_modules/zod/v4/classic/errors.js";
export { input, output } from "../../../../node_modules/zod/v4/classic/in-out.js";
export * as iso from "../../../../node_modules/zod/v4/classic/iso.js";
export { ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime } from "../../../../node_modules/zod/v4/classic/iso.js";
export * from "../../../../node_modules/zod/v4/classic/parse.js";
export * from "../../../../node_modules/zod/v4/classic/schemas.js";
export {
  $brand,
  $input,
  $output,
  clone,
  config,
  flattenError,
  formatError,
  getDiscriminatedOption,
  globalRegistry,
  INVALID,
  memoizer,
  NEVER,
  prettifyError,
  regexes,
  registry,
  TimePrecision,
  toZod,
  treeifyError,
  util,
} from "../../../../node_modules/zod/v4/core/index.js";
export { toJSONSchema } from "../../../../node_modules/zod/v4/core/json-schema-processors.js";
