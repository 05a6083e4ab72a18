// Account: sign up, log in/out, email verification, password reset and change (/api/auth/*), the
// signed-in user (/api/me) and their sessions (/api/me/sessions). Owns the users and auth_sessions rows.
// Invariants: the /api/auth handlers count the request against their rate limits in their first round
// trip, before any other work (password hashing included); every statement about the signed-in user is
// scoped to the session's user in SQL, so another user's row is simply not found.
export { meRoutes } from "./me-routes";
export { authRoutes } from "./routes";
export { sessionRoutes } from "./session-routes";
