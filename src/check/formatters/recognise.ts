import { LANGS_OF_MESSAGES, t } from '../../messages/catalogue.js';
import type { FileSample, OwnKind } from '../../util/atomic-write.js';

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** The closing tally of `stylish` and `github`, in either language, as a pattern. */
const SUMMARY_LINE = new RegExp(
  `(?:^|\\n)[✔✖⚠] (?:${LANGS_OF_MESSAGES.flatMap((lang) => [t(lang, 'summary.clean'), t(lang, 'summary.problems')])
    .map((template) => escape(template).replace(/\\?\{\w+\\?\}/g, '.+?'))
    .join('|')})\\s*$`,
);

/** A JSON report begins as the `json` formatter writes it; SARIF names its schema and dekom as the tool. */
const JSON_REPORT = /^\{"version":1,"files":\[/;
const SARIF_REPORT = /^\s*\{\s*"\$schema"\s*:\s*"[^"]*sarif[^"]*"[\s\S]*"name"\s*:\s*"dekom"/;
const JUNIT_REPORT = /^<\?xml[^>]*\?>\s*<testsuites name="dekom"/;

/**
 * Whether a file is a report `dekom check --output` wrote, in any of its formats, so a
 * run may replace the last run's report and nothing else.
 */
export function looksLikeReport({ head, tail }: FileSample): boolean {
  return JSON_REPORT.test(head) || SARIF_REPORT.test(head) || JUNIT_REPORT.test(head) || SUMMARY_LINE.test(tail);
}

export const REPORT_KIND: OwnKind = { refusal: 'error.notOwnReport', recognises: looksLikeReport };
