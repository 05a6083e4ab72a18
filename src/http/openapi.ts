// How a route declares its schemas: `createRoute` from @hono/zod-openapi, whose zod schemas
// validate the request and generate the OpenAPI document; routers are built with `router()`
// so every one shares the validation hook that renders failures in the one error shape.
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { ZodError } from "zod";
import type { AppEnv } from "./context";
import { ApiError, type Issue } from "./errors";

export function zodIssues(error: ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new ApiError(400, "validation_failed", `invalid request ${result.target}`, {
          issues: zodIssues(result.error),
        });
      }
    },
  });
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      requestId: z.string().optional(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi("Error");

/** Response entries for the error statuses a route can answer with. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: "Error", content: { "application/json": { schema: ErrorSchema } } }]),
  );
}
