// The local GitHub REST API stand-in (docs/local-github.md): `startLocalGithub` and its types.
export type { AppConfig, Fault, InstallationConfig, LocalGithub, PatConfig, Permissions } from "./server.ts";
export { DEFAULT_RATE_LIMIT, startLocalGithub } from "./server.ts";
