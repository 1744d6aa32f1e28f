/**
 * The library: what `dekom` does, callable without the command line. Every export is typed
 * here by dekom's own types, so the declarations name none of the packages bundled into dist/.
 */
import { checkBytes as checkOne } from './check/engine.js';
import { formatReport as format, type FormatReportOptions } from './check/formatters/format-report.js';
import type { FormatName } from './check/formatters/names.js';
import { RULES as ALL_RULES } from './check/registry.js';
import { ruleSummary } from './check/rule-text.js';
import { checkPaths as checkAll, type RunOptions } from './check/run.js';
import { summarise as sum } from './check/summarise.js';
import type { CheckOptions, FileResult, MessageLang, Problem, Report, Severity, Summary } from './check/types.js';
import type { Io } from './util/io.js';
import { main as run } from './cli/main.js';
import type { Kind } from './kinds/index.js';
import { jsonSchemaFor as schemaOf, schemaFiles as files } from './kinds/json-schema.js';
import { renderPlanDocx, renderPlanMarkdown, type RenderOptions } from './render/library.js';
import { importDocument, type ImportDocumentOptions, type ImportResult } from './import/library.js';

export type { CheckOptions, FileResult, FormatName, FormatReportOptions, ImportDocumentOptions, ImportResult, Io, Kind, MessageLang, Problem, RenderOptions, Report, RunOptions, Severity, Summary };
export { FORMAT_NAMES } from './check/formatters/names.js';
export { KINDS, isKind } from './kinds/index.js';
export { MAX_PLAN_BYTES, PARSE_LIMITS, type ParseLimits } from './load/limits.js';

/** Checks every plan under the given files, folders and globs, as `dekom check` does. */
export const checkPaths: (inputs: readonly string[], options: RunOptions) => Promise<Report> = checkAll;

/** Checks one file's bytes, named `file` in the result. */
export const checkBytes: (file: string, bytes: Uint8Array, options: CheckOptions) => FileResult = checkOne;

/** The totals of a list of file results. */
export const summarise: (files: readonly FileResult[]) => Summary = sum;

/** A report as one of `dekom check`'s formats (stylish without colour). */
export const formatReport: (report: Report, format: FormatName, options?: FormatReportOptions) => string = format;

/** What `dekom rules` lists: each rule's id, default severity and summary. */
export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: Readonly<Record<MessageLang, string>>;
}
export const RULES: readonly RuleInfo[] = ALL_RULES.map((rule) => ({
  id: rule.id,
  severity: rule.severity,
  summary: { nb: rule.summary.nb, nn: ruleSummary(rule, 'nn'), en: rule.summary.en },
}));
export const RULES_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The JSON Schema of one plan kind, or of any plan (dispatching on `type`), as `dekom schema` prints it. */
export const jsonSchemaFor: (kind?: Kind) => Record<string, unknown> = schemaOf;

/** Every schema in the package's schemas/ folder, by file name, the config's included. */
export const schemaFiles: () => Array<{ file: string; schema: Record<string, unknown> }> = files;

/** A plan (its YAML read into an object) as Markdown, through its kind's built-in template. */
export const renderMarkdown: (plan: Readonly<Record<string, unknown>>, options?: RenderOptions) => string = renderPlanMarkdown;

/** A plan as the bytes of a Word document. */
export const renderDocx: (plan: Readonly<Record<string, unknown>>, options?: RenderOptions) => Promise<Uint8Array> = renderPlanDocx;

/** A Word document (its bytes) as a plan and as the plan file `dekom import` writes. */
export const importDocx: (bytes: Uint8Array, options?: ImportDocumentOptions) => ImportResult = importDocument;

/** Runs the command line with these arguments (without `node dekom`) and returns the exit code. */
export const main: (argv: readonly string[], io: Io) => Promise<number> = run;
