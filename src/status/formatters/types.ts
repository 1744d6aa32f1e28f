import type { Chalk } from 'chalk';
import type { Lang } from '../../messages/catalogue.js';
import type { StatusReport } from '../status.js';

export interface StatusFormatOptions {
  lang: Lang;
  /** A chalk instance at the colour level the output allows (level 0 when none). */
  chalk: InstanceType<typeof Chalk>;
  /** The widest line the terminal table may print. */
  width?: number;
}

/** Pure, like check's formatters: a status report in, the text to print out. */
export type StatusFormatter = (report: StatusReport, options: StatusFormatOptions) => string;

/** The `--format` choices; `docx` is written through the render pipeline, not as text. */
export const STATUS_FORMATS = ['table', 'md', 'csv', 'json', 'docx'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];
