// The local GitHub REST API stand-in (docs/local-github.md): `startLocalGithub` and its types.
export type { LocalGithub } from "./server.ts";
export { startLocalGithub } from "./server.ts";
export type { AppConfig, Fault, InstallationConfig, PatConfig, Permissions } from "./state.ts";
export { DEFAULT_RATE_LIMIT } from "./state.ts";
