import type { Formatter } from './types.js';

/** Exactly the shape the contract names, one object, for scripts and CI. */
export const json: Formatter = (report) =>
  `${JSON.stringify({
    version: 1,
    files: report.files.map((file) => ({
      file: file.file,
      type: file.type,
      completeness: file.completeness,
      problems: file.problems.map(({ rule, severity, message, path, line, column }) => ({ rule, severity, message, path, line, column })),
    })),
    summary: report.summary,
  })}\n`;
