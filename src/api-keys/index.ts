// API keys (/api/me/keys): personal keys for agents and scripts. Owns the api_keys rows.
// Invariants: managed with a session only (a key never manages keys); the secret is shown once, in
// the create answer, and only its SHA-256 is stored; every statement is scoped to the session's user.
export { apiKeyRoutes } from "./routes";
