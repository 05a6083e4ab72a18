// See ./external.ts. Same shape as zod's own entry: the named exports, plus `z` and the default.
import * as z from "./external";

export * from "./external";
export { z, z as default };
