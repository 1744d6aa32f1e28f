import { DekomError } from '../errors.js';
import { checkBytes } from './engine.js';
import { findPlanFiles, looksLikePlan, readPlanFile } from './files.js';
import type { CheckOptions, FileResult, Report, Summary } from './types.js';

export interface RunOptions extends CheckOptions {
  cwd: string;
  /** Report errors only. */
  quiet?: boolean;
}

/**
 * Checks every plan under `inputs`. Files are read and checked one at a time and only
 * their results are kept, so memory stays flat however large the repository.
 */
export function checkPaths(inputs: readonly string[], options: RunOptions): Report {
  const files: FileResult[] = [];
  for (const file of findPlanFiles(inputs, options.cwd)) {
    const bytes = readPlanFile(file);
    if (!file.explicit && !looksLikePlan(bytes)) continue;
    files.push(filterQuiet(checkBytes(file.name, bytes, options), options.quiet));
  }
  if (files.length === 0) throw new DekomError('error.noPlans', { paths: (inputs.length ? inputs : ['.']).join(', ') });
  return { files, summary: summarise(files) };
}

function filterQuiet(result: FileResult, quiet: boolean | undefined): FileResult {
  return quiet ? { ...result, problems: result.problems.filter((p) => p.severity === 'error') } : result;
}

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
