// Health: liveness (/health, no database) and the database's reachability (/health/db, one round trip
// through the real driver), for probes. Public.
export { healthRoutes } from "./routes";
