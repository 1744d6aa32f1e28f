import type { Chalk } from 'chalk';
import type { Lang } from '../../messages/catalogue.js';
import type { FileResult, Report } from '../types.js';

export interface FormatOptions {
  lang: Lang;
  /** A chalk instance at the colour level the output allows (level 0 when none). */
  chalk: InstanceType<typeof Chalk>;
  /** The dekom version, for formats that name their tool. */
  version?: string;
  /** Show each rule's documentation link (stylish). */
  links?: boolean;
  /** The absolute folder report paths are relative to, as SARIF's `%SRCROOT%`. */
  sourceRoot?: string;
  /** `warning` makes warnings failures (JUnit), as it makes them fail the run. */
  failSeverity?: 'error' | 'warning';
  /** Whether `dekom init --continue` can ask about a file's errors: stylish offers it under the file. Given by the command line, which knows init. */
  continuable?: (file: FileResult) => boolean;
}

/** Formatters are pure: a report in, the text to print out. */
export type Formatter = (report: Report, options: FormatOptions) => string;
