// The generator worker (workers/generator/wrangler.toml): hosts GenerationWorkflow, so the LLM
// client and prompts stay out of the API worker's bundle. The API binds to the workflow with
// `script_name` and starts/wakes runs through that binding; this worker serves no routes.
import type { GeneratorBindings } from "../runs/worker";

export { GenerationWorkflow } from "../runs/worker";

export default {
  fetch: () =>
    Response.json({ error: { code: "not_found", message: "the generator serves no routes" } }, { status: 404 }),
} satisfies ExportedHandler<GeneratorBindings>;
