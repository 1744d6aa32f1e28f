import { summaryLine } from './summary.js';
import type { Formatter } from './types.js';

// GitHub's workflow-command encoding: data stops at a newline, properties also at `,` and `:`.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: the runner turns each line into an annotation on the
 * pull request's diff. The plain summary line at the end keeps the total visible in the log.
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
  const { mark, text } = summaryLine(report.summary, lang);
  lines.push(`${mark} ${text}`);
  return `${lines.join('\n')}\n`;
};
