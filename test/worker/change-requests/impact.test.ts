// A change request's impact on the fixture spec set taken to done: modifying REQ-AUTH-002 and adding REQ-LOAN-004
// touches exactly the documents that reference REQ-AUTH-002 (and PRD.md, which defines both), and the operations,
// entities, tasks and epics linked to it, each with its reason; computed in the GET's one round trip.
import { describe, expect, it } from "vitest";
import { IMPACT_MAX_ROWS, type ImpactRow, impactJson } from "../../../src/change-requests/impact";
import { call } from "../helpers";
import { ADD, MODIFY, projectAtDone } from "./fixtures";

describe("impact", () => {
  it("names exactly the documents and items the fixture links to the requirements, with reasons", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectAtDone();
    const opened = await call(user, "POST", `/api/projects/${project.id}/change-requests`, {
      title: "Log out everywhere; remind borrowers",
      deltas: [MODIFY, ADD],
    });
    expect(opened.status, opened.text).toBe(201);
    const r = await call(user, "GET", `/api/projects/${project.id}/change-requests/${opened.json.changeRequest.id}`);
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    const docs = r.json.impact.documents.map(
      (d: { phase: string; name: string; reasons: { reqId: string; via: string }[] }) =>
        `${d.phase}/${d.name} ${d.reasons.map((x) => `${x.reqId}:${x.via}`).join(",")}`,
    );
    expect(docs).toEqual([
      "solutioning/epics.md REQ-AUTH-002:references",
      "solutioning/tasks.md REQ-AUTH-002:references",
      "solutioning/traceability.json REQ-AUTH-002:references",
      "spec/PRD.md REQ-AUTH-002:defines,REQ-LOAN-004:defines",
      "spec/api-spec.json REQ-AUTH-002:references",
      "spec/data-model.md REQ-AUTH-002:references",
      "spec/traceability.json REQ-AUTH-002:references",
    ]);
    const items = r.json.impact.items.map(
      (i: { kind: string; id: string; document: string; reasons: { reqId: string; via: string }[] }) =>
        `${i.kind} ${i.id} (${i.document}) ${i.reasons.map((x) => `${x.reqId}:${x.via}`).join(",")}`,
    );
    // The fixture's links of REQ-AUTH-002 (spec/traceability.json declares the same); nothing links REQ-LOAN-004 yet.
    expect(items).toEqual([
      "epics EPIC-001 (epics.md) REQ-AUTH-002:link",
      "tasks TASK-002 (tasks.md) REQ-AUTH-002:link",
      "operations POST /auth/login (api-spec.json) REQ-AUTH-002:link",
      "operations POST /auth/logout (api-spec.json) REQ-AUTH-002:link",
      "entities member (data-model.md) REQ-AUTH-002:link",
    ]);
    expect(r.json.impact.truncated).toBe(false);
  });

  it(`cuts the list at ${IMPACT_MAX_ROWS} rows and says so`, () => {
    const row = (i: number): ImpactRow => ({
      kind: "tasks",
      phase: "solutioning",
      name: "tasks.md",
      artifactId: null,
      version: 1,
      target: `TASK-${i}`,
      reqId: "REQ-A-001",
      via: "link",
    });
    const rows = Array.from({ length: 4 }, (_, i) => row(i));
    expect(impactJson(rows, 3)).toMatchObject({
      truncated: true,
      items: [{ id: "TASK-0" }, { id: "TASK-1" }, { id: "TASK-2" }],
    });
    expect(impactJson(rows.slice(0, 3), 3).truncated).toBe(false);
  });
});
