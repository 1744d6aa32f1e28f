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

function testcase(file: FileResult, p: Problem, lang: Lang): string {
  const severity = t(lang, p.severity === 'error' ? 'severity.error' : 'severity.warning');
  const body = `${severity}: ${p.message}\n${file.file}:${p.line}:${p.column} (${p.path})\n${p.docs}`;
  return [
    `    <testcase classname="${attr(file.file)}" name="${attr(`${p.rule} ${p.line}:${p.column}`)}">`,
    `      <failure message="${attr(p.message)}" type="${attr(p.rule)}">${text(body)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/**
 * JUnit XML, which GitLab, Jenkins and Azure show as test results: a suite per file, a failing
 * case per problem (warnings too, their severity in the text), and one passing case for a
 * clean file so it still shows up as checked.
 */
export const junit: Formatter = (report, { lang }) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    const cases = file.problems.length
      ? file.problems.map((p) => testcase(file, p, lang))
      : [`    <testcase classname="${attr(file.file)}" name="dekom check"/>`];
    tests += cases.length;
    failures += file.problems.length;
    suites.push(
      `  <testsuite name="${attr(file.file)}" tests="${cases.length}" failures="${file.problems.length}" errors="0">`,
      ...cases,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dekom" tests="${tests}" failures="${failures}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
