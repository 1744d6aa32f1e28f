import { t, type Lang } from '../../messages/catalogue.js';
import type { FileResult, Problem } from '../types.js';
import type { Formatter } from './types.js';

// Characters XML 1.0 cannot carry at all, not even as references; lone surrogates included.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values lose raw line breaks and tabs to normalisation; references keep them. */
function attr(value: string): string {
  return text(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/**
 * A case per problem, named by rule and YAML path so a line added above it renames nothing
 * (GitLab tracks cases by name across pipelines); the line is in the text instead. A rule
 * that fires twice on one path gets a count, as names must be unique in a suite.
 */
function caseNames(file: FileResult): string[] {
  const seen = new Map<string, number>();
  return file.problems.map((p) => {
    const name = p.path === '' ? p.rule : `${p.rule} ${p.path}`;
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    return occurrence === 1 ? name : `${name} (${occurrence})`;
  });
}

function testcase(file: FileResult, p: Problem, name: string, failing: boolean, lang: Lang): string {
  const severity = t(lang, p.severity === 'error' ? 'severity.error' : 'severity.warning');
  const body = `${severity}: ${p.message}\n${file.file}:${p.line}:${p.column} (${p.path})\n${p.docs}`;
  // A warning that does not fail the run is shown as skipped, with its message, not as a failure.
  const outcome = failing
    ? `      <failure message="${attr(p.message)}" type="${attr(p.rule)}">${text(body)}</failure>`
    : `      <skipped message="${attr(`${severity}: ${p.message}`)}">${text(body)}</skipped>`;
  return [`    <testcase classname="${attr(file.file)}" name="${attr(name)}" file="${attr(file.file)}">`, outcome, '    </testcase>'].join('\n');
}

/**
 * JUnit XML, which GitLab, Jenkins and Azure show as test results: a suite per file, a case
 * per problem, failing for errors (and for warnings with --fail-severity warning), and one
 * passing case for a clean file so it still shows up as checked.
 */
export const junit: Formatter = (report, { lang, failSeverity }) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    const names = caseNames(file);
    const failing = file.problems.map((p) => p.severity === 'error' || failSeverity === 'warning');
    const cases = file.problems.length
      ? file.problems.map((p, i) => testcase(file, p, names[i]!, failing[i]!, lang))
      : [`    <testcase classname="${attr(file.file)}" name="dekom check" file="${attr(file.file)}"/>`];
    const failed = failing.filter(Boolean).length;
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${attr(file.file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${file.problems.length - failed}" file="${attr(file.file)}">`,
      ...cases,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dekom" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
