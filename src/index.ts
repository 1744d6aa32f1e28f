/** The library API: what `dekom` does, callable without the command line. */
export { checkBytes, checkSource } from './check/engine.js';
export { checkPaths } from './check/run.js';
export { summarise } from './check/summarise.js';
export { FORMATTERS, FORMAT_NAMES } from './check/formatters/index.js';
export { RULES, RULES_BY_ID } from './check/registry.js';
export type { CheckOptions, FileResult, Problem, Report, Severity, Summary } from './check/types.js';
export { parseSource, parseText, locate, formatPath } from './load/source.js';
export { MAX_PLAN_BYTES, PARSE_LIMITS, type ParseLimits } from './load/limits.js';
export { KINDS, kindSchemas, planSchema, isKind } from './model/plan.js';
export type { Kind, Plan, Nettverksplan, Kompetanseplan, Skoleplan, Kommuneplan } from './model/plan.js';
export { jsonSchemaFor, schemaFiles } from './model/json-schema.js';
export { main } from './cli/main.js';
