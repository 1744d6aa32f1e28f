/** The library API: what `dekom` does, callable without the command line. */
export { checkBytes, checkSource } from './check/engine.js';
export { checkPaths } from './check/run.js';
export { summarise } from './check/summarise.js';
export { FORMATTERS, FORMAT_NAMES } from './check/formatters/index.js';
export { RULES, RULES_BY_ID } from './check/registry.js';
export type { CheckOptions, FileResult, Problem, Report, Severity, Summary } from './check/types.js';
export { parseSource, parseText, locate, formatPath } from './load/source.js';
export { KINDS, KIND_DEFINITIONS, kindDefinition, isKind, type Kind } from './kinds/index.js';
export { kindSchema, planSchema } from './kinds/schemas.js';
export { defineKind, type KindDefinition } from './model/define.js';
export { jsonSchemaFor, schemaFiles } from './kinds/json-schema.js';
export { importWord, type ImportedPlan, type ImportOptions } from './import/import.js';
export { importedYaml } from './import/write.js';
export { main } from './cli/main.js';
