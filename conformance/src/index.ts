// @hogo-kit/conformance — the engine of the conformance suite (checks keyed by requirement, verdicts).
export { defineCheck, CheckRegistry } from './engine/registry.ts';
export { scoreRequirement, type ScoreInput, type ScoredRequirement, type RequirementVerdict, type RequirementClass } from './engine/verdicts.ts';
export { overallVerdict, type Overall, type Tally } from './engine/overall.ts';
export type { CheckDefinition, CheckContext, CheckResult, Evidence, ResultStatus, Verdict } from './engine/types.ts';
export { runChecks, UsageError, type RunOptions as RunChecksOptions } from './engine/runner.ts';
export { allChecks } from './checks/index.ts';
export { runSuite, tokenVariable, type RunOptions, type RunReport, type ReportedRequirement, type ReportedCheck, type Declaration } from './run.ts';
export { writeReports, jsonReport, junitReport, markdownReport, REPORT_FORMATS, type ReportFormat } from './reports/index.ts';
export { injectFetch } from './inject-fetch.ts';
