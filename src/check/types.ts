import type { ParseOptions } from '../load/source.js';
import type { Kind } from '../model/plan.js';

export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';
/** Languages for `check` messages; nynorsk readers get bokmål, which they read daily. */
export type MessageLang = 'nb' | 'en';

export interface Problem {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  line: number;
  column: number;
  /** The rule's documentation page. */
  docs: string;
}

export interface FileResult {
  file: string;
  type: Kind | null;
  completeness: number;
  problems: Problem[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

export interface Report {
  files: FileResult[];
  summary: Summary;
}

export interface CheckOptions {
  lang: MessageLang;
  /** ISO date used as "today" by `overdue`. */
  today: string;
  /** Per-rule severity overrides; a rule set to `off` does not run. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Smaller parse limits than the built-in ones (bytes, lines, nodes, depth, entries), as tests use. */
  limits?: ParseOptions['limits'];
}
