// Helpers shared by the project, phase, artifact and export tests.
import { expect } from "vitest";
import type { ProjectJson } from "../../src/routes/project-common";
import { api, type signedInUser } from "./helpers";

export type User = Awaited<ReturnType<typeof signedInUser>>;

export function jsonInit(method: string, user: User | undefined, body?: unknown): RequestInit {
  return {
    method,
    headers: { ...(user?.auth ?? {}), "content-type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  };
}

/** One request with a fresh client; returns status, parsed JSON (if any) and the round trips it cost. */
export async function call(user: User | undefined, method: string, path: string, body?: unknown) {
  const t = api();
  const res = await t.request(path, jsonInit(method, user, body));
  const isJson = res.headers.get("content-type")?.startsWith("application/json");
  const raw = isJson ? await res.text() : await res.arrayBuffer();
  const json: any = typeof raw === "string" && raw ? JSON.parse(raw) : undefined;
  return { status: res.status, json, bytes: raw, roundTrips: await t.roundTrips(), headers: res.headers };
}

export async function createProject(user: User, name = `Project ${crypto.randomUUID()}`, extra: object = {}) {
  const r = await call(user, "POST", "/api/projects", { name, ...extra });
  expect(r.status).toBe(201);
  return r.json.project as ProjectJson;
}

/** The error shape, asserted. */
export function expectError(
  r: { status: number; json: { error: { code: string; message: string } } },
  status: number,
  code?: string,
) {
  expect(r.status).toBe(status);
  expect(typeof r.json.error.message).toBe("string");
  if (code) expect(r.json.error.code).toBe(code);
}
