import { fileSubject, problemSubject } from './subject.js';
import type { Formatter } from './types.js';

/**
 * The contract's shape, one object, for scripts and CI; `docs` links each rule's page. Each
 * file says whose plan it is and for when; a problem about a task, goal or meeting names it.
 */
export const json: Formatter = (report) =>
  `${JSON.stringify({
    version: 1,
    files: report.files.map((file) => ({
      file: file.file,
      type: file.type,
      completeness: file.completeness,
      ...(file.sections ? { sections: file.sections } : {}),
      ...fileSubject(file),
      problems: file.problems.map(({ rule, severity, message, path, line, column, docs }) => {
        const subject = problemSubject(file.facts, path);
        return { rule, severity, message, path, line, column, docs, ...(subject ? { subject } : {}) };
      }),
    })),
    summary: report.summary,
  })}\n`;
