// The GitHub webhook routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts): public
// routes, so no authz sample; the typed client sends no GitHub headers (400).
import { projectWebhookSecret } from "../../../src/github/secrets";
import type { RouteSamples } from "../route-fixtures";
import { APP_SECRET, connected, deliveryInit, projectPath } from "./webhook-fixtures";

export const samples: RouteSamples = {
  "POST /api/github/webhooks/:projectId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const c = await connected();
      const secret = await projectWebhookSecret(APP_SECRET, c.projectId);
      const payload = { action: "closed", issue: { number: 3 }, repository: c.repository };
      return t.request(projectPath(c.projectId), await deliveryInit(payload, { event: "issues", secret }));
    },
  },
  "POST /api/github/webhooks": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const c = await connected({ auth: "app" });
      const payload = {
        action: "closed",
        issue: { number: 3 },
        repository: c.repository,
        installation: { id: c.installationId },
      };
      return t.request("/api/github/webhooks", await deliveryInit(payload, { event: "issues" }));
    },
  },
};
