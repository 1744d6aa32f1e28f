import { countWord, t, type Lang } from '../../messages/catalogue.js';
import type { Report } from '../types.js';
import { summaryLine } from './summary.js';

/** GitHub refuses a step summary over 1 MiB; this many rows stay far below it. */
export const SUMMARY_ROWS = 1000;

/** Table cells are one line; `|` would end the cell and Markdown marks would style the name. */
function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

/**
 * The Markdown GitHub shows on the run's summary page: the tally, then a row per file with
 * its errors, warnings and completeness, so every problem is counted somewhere even when
 * the annotations run past GitHub's limit. Pure; the CLI appends it to the summary file.
 */
export function githubStepSummary(report: Report, lang: Lang): string {
  const { mark, text } = summaryLine(report.summary, lang);
  const out = ['### dekom check', '', `${mark} ${text}`, ''];
  if (report.files.length > 0) {
    out.push(
      `| ${t(lang, 'stepSummary.file')} | ${t(lang, 'stepSummary.errors')} | ${t(lang, 'stepSummary.warnings')} | ${t(lang, 'stepSummary.completeness')} |`,
      '| --- | ---: | ---: | ---: |',
    );
    // Past the limit the files with problems come first, so none of them is left out for a clean one.
    const files = report.files.length > SUMMARY_ROWS ? [...report.files.filter((f) => f.problems.length > 0), ...report.files.filter((f) => f.problems.length === 0)] : report.files;
    for (const file of files.slice(0, SUMMARY_ROWS)) {
      const errors = file.problems.filter((p) => p.severity === 'error').length;
      const warnings = file.problems.length - errors;
      const percent = t(lang, 'stepSummary.percent', { percent: Math.round(file.completeness * 100) });
      out.push(`| ${cell(file.file)} | ${errors} | ${warnings} | ${percent} |`);
    }
    const rest = report.files.length - SUMMARY_ROWS;
    if (rest > 0) out.push('', t(lang, 'stepSummary.more', { count: rest, fileWord: countWord(lang, 'file', rest) }));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
