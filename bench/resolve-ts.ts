// `node --import ./bench/resolve-ts.ts ...`: lets Node load the worker's sources, which import
// each other without file extensions (bundler style): a relative import that does not resolve
// as written is retried with `.ts` and `/index.ts`. Node 22 strips the types itself.
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw err;
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {}
      }
      throw err;
    }
  },
});
