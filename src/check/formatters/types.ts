import type { Chalk } from 'chalk';
import type { Lang } from '../../messages/catalogue.js';
import type { Report } from '../types.js';

export interface FormatOptions {
  lang: Lang;
  /** A chalk instance at the colour level the output allows (level 0 when none). */
  chalk: InstanceType<typeof Chalk>;
  /** The dekom version, for formats that name their tool. */
  version?: string;
  /** Show each rule's documentation link (stylish). */
  links?: boolean;
}

/** Formatters are pure: a report in, the text to print out. */
export type Formatter = (report: Report, options: FormatOptions) => string;
