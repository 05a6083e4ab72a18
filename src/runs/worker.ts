// What the generator worker (src/workers/generator.ts) hosts: the run's Workflow. Apart from index.ts
// so that the API bundle never loads the generator's code.
export { GenerationWorkflow, type GeneratorBindings } from "./generation/workflow";
