import { Chalk } from 'chalk';
import { VERSION } from '../../version.js';
import type { Report, MessageLang, Severity } from '../types.js';
import { FORMATTERS } from './index.js';
import type { FormatName } from './names.js';

export interface FormatReportOptions {
  /** nb (default) or en. */
  lang?: MessageLang;
  /** The folder SARIF's %SRCROOT% stands for. */
  sourceRoot?: string;
  /** `warning` reports warnings as JUnit failures. */
  failSeverity?: Severity;
}

/** A report as text in one of `dekom check`'s formats, without colour, for scripts. */
export function formatReport(report: Report, format: FormatName, options: FormatReportOptions = {}): string {
  return FORMATTERS[format](report, { lang: options.lang ?? 'nb', chalk: new Chalk({ level: 0 }), version: VERSION, sourceRoot: options.sourceRoot, failSeverity: options.failSeverity });
}
