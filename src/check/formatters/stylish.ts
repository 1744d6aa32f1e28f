import { t } from '../../messages/catalogue.js';
import { shellWord } from '../../util/shell-word.js';
import { printable } from '../../util/terminal-text.js';
import { summaryLine } from './summary.js';
import type { Formatter } from './types.js';

/**
 * Grouped by file, aligned columns, a summary line: what people read in a terminal. File
 * names and messages carry text from plans, so what a terminal would act on is written out.
 */
export const stylish: Formatter = (report, { lang, chalk, links, continuable }) => {
  const out: string[] = [];
  for (const file of report.files) {
    if (file.problems.length === 0) continue;
    const kind = file.type ?? t(lang, 'file.noKind');
    const header = t(lang, 'file.header', { kind, percent: Math.round(file.completeness * 100) });
    out.push(`${chalk.underline(printable(file.file))}  ${chalk.dim(`(${header})`)}`);
    const rows = file.problems.map((p) => ({
      where: `${p.line}:${p.column}`,
      severity: t(lang, p.severity === 'error' ? 'severity.error' : 'severity.warning'),
      error: p.severity === 'error',
      message: printable(p.message),
      // A top-level key's title adds nothing where it is the key itself (`tema`, "Tema").
      place: p.where === undefined || p.where.toLowerCase() === p.path.toLowerCase() ? '' : printable(p.where),
      rule: p.rule,
      docs: p.docs,
    }));
    // A reduce, not Math.max(...rows): a spread of a hundred thousand problems overflows the stack.
    const whereWidth = rows.reduce((width, r) => Math.max(width, r.where.length), 0);
    const severityWidth = rows.reduce((width, r) => Math.max(width, r.severity.length), 0);
    for (const row of rows) {
      const severity = row.severity.padEnd(severityWidth);
      out.push(
        `  ${chalk.dim(row.where.padEnd(whereWidth))}  ${row.error ? chalk.red(severity) : chalk.yellow(severity)}  ${row.message}${row.place ? ` ${chalk.dim(`(${row.place})`)}` : ''}  ${chalk.dim(row.rule)}`,
      );
      if (links) out.push(`  ${' '.repeat(whereWidth + severityWidth + 4)}${chalk.dim(row.docs)}`);
    }
    // Errors a question can answer: the way to answer them without editing YAML by hand.
    if (continuable?.(file)) out.push(`  ${chalk.dim(t(lang, 'file.continue', { command: chalk.cyan(`dekom init --continue ${shellWord(printable(file.file))}`) }))}`);
    out.push('');
  }
  const { mark, text } = summaryLine(report.summary, lang);
  const colour = mark === '✔' ? chalk.green : mark === '✖' ? chalk.red.bold : chalk.yellow.bold;
  out.push(colour(`${mark} ${text}`));
  return `${out.join('\n')}\n`;
};

