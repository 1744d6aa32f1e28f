import type { Chalk } from 'chalk';
import { openPlan } from '../check/open.js';
import { stylish } from '../check/formatters/stylish.js';
import { summarise } from '../check/summarise.js';
import type { FileResult } from '../check/types.js';
import { EXIT } from '../errors.js';
import { countWord } from '../messages/catalogue.js';
import { continuable } from './continue-questions.js';
import { ti, type InitLang } from '../messages/init.js';
import type { Kind } from '../kinds/index.js';
import { shellWord } from '../util/shell-word.js';

export interface ReportOptions {
  lang: InitLang;
  /** The day `overdue` compares with, unless the plan's config sets its own. */
  today: string;
  /** Where the plan was written and the folder it was named from: its config is found above it. */
  file: string;
  cwd: string;
  chalk: InstanceType<typeof Chalk>;
  out(text: string): void;
}

/**
 * Checks the plan just written, as `dekom check` would (its `dekom.config.yaml` included),
 * and tells what is left to do:
 * completeness, the problems, and the commands to run next.
 */
export function reportWritten(display: string, text: string, kind: Kind, skeleton: boolean, options: ReportOptions): FileResult {
  const { lang, chalk: c, out } = options;
  const { result } = openPlan(options.file, display, { cwd: options.cwd, lang, fallbackToday: options.today, bytes: Buffer.from(text, 'utf8') });
  const percent = Math.round(result.completeness * 100);
  out(`\n${c.green('✔')} ${ti(lang, skeleton ? 'written.skeleton' : 'written', { file: display, kind, percent })}\n`);
  const summary = summarise([result]);
  // A skeleton is all gaps: the count says enough. An answered plan gets the full report.
  if (skeleton) out(`${c.dim(ti(lang, 'written.gaps', {
    percent,
    errors: summary.errors,
    errorWord: countWord(lang, 'error', summary.errors),
    warnings: summary.warnings,
    warningWord: countWord(lang, 'warning', summary.warnings),
  }))}\n`);
  else out(`\n${stylish({ files: [result], summary }, { lang, chalk: c })}`);
  const file = shellWord(display);
  const docx = shellWord(`${display.replace(/\.ya?ml$/i, '')}.docx`);
  const steps: [string, string][] = [
    ...(continuable(kind, result.problems) ? [[`dekom init --continue ${file}`, ti(lang, 'next.continue')] as [string, string]] : []),
    [`dekom check ${file}`, ti(lang, 'next.check')],
    [`dekom render ${file} --output ${docx}`, ti(lang, 'next.render')],
  ];
  const width = Math.max(...steps.map(([command]) => command.length));
  out(`\n${c.bold(ti(lang, 'next.title'))}\n`);
  if (skeleton || result.problems.length > 0) out(`  ${c.dim(ti(lang, 'next.edit'))}\n`);
  for (const [command, what] of steps) out(`  ${c.cyan(command.padEnd(width))}  ${c.dim(what)}\n`);
  return result;
}


/** `init` ends as `check` would on the file it wrote. */
export function exitFor(result: FileResult): number {
  return result.problems.some((p) => p.severity === 'error') ? EXIT.problems : EXIT.ok;
}
