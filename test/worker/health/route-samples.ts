// The health routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
import type { RouteSamples } from "../route-fixtures";

export const samples: RouteSamples = {
  "GET /health": { status: 200, typedClient: 200, run: (t) => t.request("/health") },
  "GET /health/db": { status: 200, typedClient: 200, run: (t) => t.request("/health/db") },
};
