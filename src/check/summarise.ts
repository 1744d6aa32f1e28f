import type { FileResult, Summary } from './types.js';

/** The counts every format ends with; recounted after suppressions and --quiet change the files. */
export function summarise(files: readonly FileResult[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const problem of file.problems) {
      if (problem.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { files: files.length, errors, warnings };
}
