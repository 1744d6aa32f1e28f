import { openPlan } from '../check/open.js';
import type { FileResult, MessageLang } from '../check/types.js';
import type { Kind } from '../kinds/index.js';

/** Rules whose findings mean the plan's structure cannot be trusted to render. */
const BLOCKING_RULES = new Set(['schema', 'yaml-syntax']);

export type LoadedPlan =
  | { ok: true; plan: Record<string, unknown>; kind: Kind; result: FileResult }
  /** `result` holds only the errors that block the render; the rest would bury them. */
  | { ok: false; result: FileResult };

/**
 * Opens a plan as `dekom check` does. A plan that is incomplete but well formed renders,
 * with markers where it is empty; one with the wrong shape (or no plan at all) does not,
 * and its check report says why.
 */
export function loadPlan(file: string, display: string, options: { lang: MessageLang; today: string; cwd: string; bytes?: Uint8Array }): LoadedPlan {
  const opened = openPlan(file, display, { cwd: options.cwd, lang: options.lang, fallbackToday: options.today, bytes: options.bytes });
  const { result, plan, kind } = opened;
  const blocking = result.problems.filter((problem) => problem.severity === 'error' && BLOCKING_RULES.has(problem.rule));
  if (blocking.length > 0) return { ok: false, result: { ...result, problems: blocking } };
  if (!plan || !kind || result.type === null) return { ok: false, result: { ...result, problems: notAPlan(result) } };
  return { ok: true, plan, kind, result };
}

/** Why a file is not a plan of a known kind: the problems about the whole file or its `type`. */
function notAPlan(result: FileResult): FileResult['problems'] {
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const about = errors.filter((problem) => problem.path === '' || problem.path === 'type' || problem.path === 'dekom');
  return about.length > 0 ? about : errors;
}
