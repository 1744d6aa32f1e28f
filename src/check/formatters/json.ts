import type { Formatter } from './types.js';

/** The contract's shape, one object, for scripts and CI; `docs` links each rule's page. */
export const json: Formatter = (report) =>
  `${JSON.stringify({
    version: 1,
    files: report.files.map((file) => ({
      file: file.file,
      type: file.type,
      completeness: file.completeness,
      ...(file.sections ? { sections: file.sections } : {}),
      problems: file.problems.map(({ rule, severity, message, path, line, column, docs }) => ({ rule, severity, message, path, line, column, docs })),
    })),
    summary: report.summary,
  })}\n`;
