import { countWord, t } from '../../messages/catalogue.js';
import type { Report } from '../types.js';
import { summaryLine } from './summary.js';
import type { Formatter } from './types.js';

/** GitHub keeps this many error and this many warning annotations per step, and drops the rest unsaid. */
export const ANNOTATION_LIMIT = 10;

// GitHub's workflow-command encoding: data stops at a newline, properties also at `,` and `:`.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** How many problems of each kind GitHub will not show as annotations. */
export function hiddenAnnotations(report: Report): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const file of report.files) {
    for (const p of file.problems) {
      if (p.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { errors: Math.max(0, errors - ANNOTATION_LIMIT), warnings: Math.max(0, warnings - ANNOTATION_LIMIT) };
}

/**
 * GitHub Actions workflow commands: the runner turns each line into an annotation on the
 * pull request's diff. Past GitHub's limit a notice says how many went unshown and where
 * they are; the plain summary line at the end keeps the total visible in the log.
 */
export const github: Formatter = (report, { lang }) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const p of file.problems) {
      const properties = [
        `file=${escapeProperty(file.file)}`,
        `line=${p.line}`,
        `col=${p.column}`,
        `title=${escapeProperty(p.rule)}`,
      ].join(',');
      lines.push(`::${p.severity} ${properties}::${escapeData(p.message)}`);
    }
  }
  const hidden = hiddenAnnotations(report);
  if (hidden.errors > 0 || hidden.warnings > 0) {
    const notice = t(lang, 'github.hidden', {
      limit: ANNOTATION_LIMIT,
      hiddenErrors: hidden.errors,
      errorWord: countWord(lang, 'error', hidden.errors),
      hiddenWarnings: hidden.warnings,
      warningWord: countWord(lang, 'warning', hidden.warnings),
    });
    lines.push(`::notice title=dekom::${escapeData(notice)}`);
  }
  const { mark, text } = summaryLine(report.summary, lang);
  lines.push(`${mark} ${text}`);
  return `${lines.join('\n')}\n`;
};
