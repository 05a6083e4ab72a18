// One broken variant of the spec set per rule: each breaks exactly that rule (spec-validation and
// spec-traceability tests check it). `artifacts` narrows the set for coverage rules, which otherwise overlap.
import type { RuleId } from "../../src/spec-engine";
import type { ArtifactInput, Phase } from "../../src/spec-engine/types";
import { replaceOnce, SPEC_SET, withArtifact } from "./spec-fixtures";

export interface ArtifactVariant {
  rule: RuleId;
  phase: Phase;
  name: string;
  mutate: (content: string) => string;
}

const FRONTMATTER = /^---\n[\s\S]*?\n---\n/;

export const ARTIFACT_VARIANTS: ArtifactVariant[] = [
  {
    rule: "frontmatter-missing",
    phase: "analysis",
    name: "constitution.md",
    mutate: (c) => replaceOnce(c, FRONTMATTER, ""),
  },
  {
    rule: "frontmatter-invalid",
    phase: "analysis",
    name: "constitution.md",
    mutate: (c) => replaceOnce(c, "title: Shelfshare constitution", "title: [Shelfshare constitution"),
  },
  {
    rule: "frontmatter-key",
    phase: "analysis",
    name: "constitution.md",
    mutate: (c) => replaceOnce(c, "project: Shelfshare\n", ""),
  },
  {
    rule: "section-missing",
    phase: "analysis",
    name: "project-brief.md",
    mutate: (c) => replaceOnce(c, "## Scope", "## Range"),
  },
  {
    rule: "section-empty",
    phase: "analysis",
    name: "constitution.md",
    mutate: (c) => replaceOnce(c, /## Governance\n[\s\S]*$/, "## Governance\n"),
  },
  {
    rule: "subsections-min",
    phase: "analysis",
    name: "personas.md",
    mutate: (c) => replaceOnce(replaceOnce(c, "### Omar, the borrower", "Omar, the borrower:"), "### Priya", "Priya"),
  },
  {
    rule: "placeholder",
    phase: "analysis",
    name: "project-brief.md",
    mutate: (c) =>
      replaceOnce(c, "## Success Metrics\n", "## Success Metrics\n\nTODO: agree the targets with the pilot.\n"),
  },
  {
    rule: "too-short",
    phase: "stack_selection",
    name: "plan.md",
    mutate: (c) =>
      replaceOnce(
        c,
        /# Delivery plan[\s\S]*$/,
        "## Overview\n\nShip.\n\n## Milestones\n\n1. Release.\n\n## Risks\n\n- Late.\n",
      ),
  },
  { rule: "json-invalid", phase: "stack_selection", name: "stack-scorecard.json", mutate: (c) => c.slice(0, 40) },
  {
    rule: "schema",
    phase: "stack_selection",
    name: "stack-scorecard.json",
    mutate: (c) => replaceOnce(c, '"weight": 0.4', '"weight": 4'),
  },
  {
    rule: "scorecard-consistent",
    phase: "stack_selection",
    name: "stack-scorecard.json",
    mutate: (c) => replaceOnce(c, '"recommended": "nextjs_neon_drizzle_betterauth"', '"recommended": "remix_sqlite"'),
  },
  {
    rule: "openapi",
    phase: "spec",
    name: "api-spec.json",
    mutate: (c) => replaceOnce(c, '"204": { "description": "Logged out" }', '"204": {}'),
  },
  {
    rule: "openapi-operation-id",
    phase: "spec",
    name: "api-spec.json",
    mutate: (c) => replaceOnce(c, '"operationId": "logOut"', '"operationId": "logIn"'),
  },
  {
    rule: "cyclonedx",
    phase: "dependencies",
    name: "sbom.json",
    mutate: (c) => replaceOnce(c, '"bomFormat": "CycloneDX"', '"bomFormat": "SPDX"'),
  },
  {
    rule: "purl",
    phase: "dependencies",
    name: "sbom.json",
    mutate: (c) => replaceOnce(c, '"purl": "pkg:npm/zod@4.1.5"', '"purl": "pkg:npm/zod@4.1.6"'),
  },
  {
    rule: "requirements-none",
    phase: "spec",
    name: "PRD.md",
    mutate: (c) => replaceOnce(c, /^### REQ-[A-Z]+-\d+: /gm, "### "),
  },
  {
    rule: "requirement-duplicate",
    phase: "spec",
    name: "PRD.md",
    mutate: (c) => replaceOnce(c, "### REQ-AUTH-002: Log in", "### REQ-AUTH-001: Log in"),
  },
  {
    rule: "item-duplicate",
    phase: "solutioning",
    name: "tasks.md",
    mutate: (c) => replaceOnce(c, "### TASK-002:", "### TASK-001:"),
  },
  {
    rule: "tasks-none",
    phase: "solutioning",
    name: "epics.md",
    mutate: (c) => replaceOnce(c, /### EPIC-00\d: /g, "### "),
  },
];

export interface ProjectVariant {
  rule: RuleId;
  artifacts: ArtifactInput[];
}

const named = (set: readonly ArtifactInput[], ...names: string[]) => set.filter((a) => names.includes(a.name));
const withoutDeclared = SPEC_SET.filter((a) => a.name !== "traceability.json");

export const PROJECT_VARIANTS: ProjectVariant[] = [
  {
    rule: "trace-undefined",
    artifacts: withArtifact(SPEC_SET, "solutioning", "tasks.md", (c) =>
      replaceOnce(c, "Implements REQ-LOAN-003.", "Implements REQ-LOAN-003 and REQ-LOAN-009."),
    ),
  },
  {
    // Only PRD.md and data-model.md: entities are the one kind that applies.
    rule: "trace-uncovered",
    artifacts: withArtifact(named(SPEC_SET, "PRD.md", "data-model.md"), "spec", "data-model.md", (c) =>
      replaceOnce(c, "Serves REQ-LOAN-001, REQ-LOAN-002 and REQ-LOAN-003.", "Serves the lending flow."),
    ),
  },
  {
    rule: "trace-no-operation",
    artifacts: withArtifact(withoutDeclared, "spec", "api-spec.json", (c) =>
      replaceOnce(c, '"x-requirements": ["REQ-LOAN-003"],', ""),
    ),
  },
  {
    rule: "trace-no-task",
    artifacts: withArtifact(withoutDeclared, "solutioning", "tasks.md", (c) =>
      replaceOnce(c, "Implements REQ-LOAN-003.", "Implements the return flow."),
    ),
  },
  {
    rule: "trace-inconsistent",
    artifacts: withArtifact(SPEC_SET, "solutioning", "traceability.json", (c) =>
      replaceOnce(c, '"tasks": ["TASK-001"]', '"tasks": ["TASK-001", "TASK-003"]'),
    ),
  },
  {
    rule: "trace-declared-missing",
    artifacts: withArtifact(SPEC_SET, "solutioning", "traceability.json", (c) =>
      replaceOnce(c, /,\n\s*\{ "id": "REQ-NFR-001"[^\n]*/, ""),
    ),
  },
  {
    rule: "sbom-missing-dependency",
    artifacts: withArtifact(SPEC_SET, "dependencies", "dependency-proposal.json", (c) =>
      replaceOnce(c, '"name": "zod", "version": "4.1.5"', '"name": "zod", "version": "4.1.6"'),
    ),
  },
];
