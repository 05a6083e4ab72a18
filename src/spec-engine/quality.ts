// Status and quality score from findings: deterministic formulas (docs/spec-engine.md, "Quality score").
import type { CoverageKind, Finding, TraceabilityMatrix, ValidationResultStatus } from "./types";

const PENALTY = { error: 20, warning: 5, info: 1 } as const;

/** fail: any error; warn: any warning; pass: otherwise (info findings do not change the status). */
export function statusOf(findings: readonly Finding[]): ValidationResultStatus {
  if (findings.some((f) => f.severity === "error")) return "fail";
  if (findings.some((f) => f.severity === "warning")) return "warn";
  return "pass";
}

const clamp = (n: number) => Math.max(0, Math.min(100, n));

/** Artifact score: 100 − 20 per error − 5 per warning − 1 per info, floored at 0. */
export function artifactScore(findings: readonly Finding[]): number {
  return clamp(100 - findings.reduce((n, f) => n + PENALTY[f.severity], 0));
}

/** Weights of the coverage kinds in the project score (tasks count most: they are what gets built). */
const COVERAGE_WEIGHTS: Record<CoverageKind, number> = { tasks: 4, operations: 3, epics: 2, entities: 1 };

/** Rules whose findings the coverage term already measures; not penalised twice. */
const COVERAGE_RULES = new Set(["trace-uncovered", "trace-no-operation", "trace-no-task"]);

/**
 * Project score: 60 % the mean artifact score, 40 % the weighted coverage over the kinds that apply, minus the
 * penalties of the cross-artifact findings that are not coverage; rounded, within 0..100.
 */
export function projectScore(artifactScores: readonly number[], matrix: TraceabilityMatrix): number {
  const mean = artifactScores.length === 0 ? 0 : artifactScores.reduce((a, b) => a + b, 0) / artifactScores.length;
  let weight = 0;
  let covered = 0;
  for (const kind of Object.keys(COVERAGE_WEIGHTS) as CoverageKind[]) {
    const c = matrix.coverage[kind];
    if (!c.applicable) continue;
    weight += COVERAGE_WEIGHTS[kind];
    covered += COVERAGE_WEIGHTS[kind] * c.percent;
  }
  const coverage = weight === 0 ? 100 : covered / weight;
  const penalty = matrix.findings
    .filter((f) => !COVERAGE_RULES.has(f.ruleId))
    .reduce((n, f) => n + PENALTY[f.severity], 0);
  return clamp(Math.round(0.6 * mean + 0.4 * coverage - penalty));
}
