import { checkSource } from '../check/engine.js';
import type { FileResult, MessageLang } from '../check/types.js';
import { configLookup, settingsFor } from '../config/settings.js';
import { MAX_PLAN_BYTES } from '../load/limits.js';
import { readInputFile } from '../load/read-limited.js';
import { oversizedSource, parseSource } from '../load/source.js';
import { isKind, type Kind } from '../model/kinds.js';
import { isRecord } from '../model/walk.js';

/** Rules whose findings mean the plan's structure cannot be trusted to render. */
const BLOCKING_RULES = new Set(['schema', 'yaml-syntax']);

export type LoadedPlan =
  | { ok: true; plan: Record<string, unknown>; kind: Kind; result: FileResult }
  | { ok: false; result: FileResult };

/**
 * Reads and checks a plan as `dekom check` would, with the rules and `today` of the nearest
 * dekom.config.yaml, so the two never disagree about the same plan. A plan that is incomplete but well
 * formed renders, with markers where it is empty; one with the wrong shape (or no plan
 * at all) does not, and its check report says why.
 */
export function loadPlan(file: string, display: string, options: { lang: MessageLang; today: string; cwd: string }): LoadedPlan {
  const read = readInputFile(file, display, MAX_PLAN_BYTES);
  const source = 'bytes' in read ? parseSource(read.bytes) : oversizedSource(read.size);
  const settings = settingsFor(file, configLookup({ cwd: options.cwd })(file), { fallbackToday: options.today });
  const result = checkSource(display, source, { lang: options.lang, ...settings });
  const blocked = result.problems.some((problem) => problem.severity === 'error' && BLOCKING_RULES.has(problem.rule));
  const kind = isRecord(source.data) ? source.data['type'] : undefined;
  if (blocked || !isRecord(source.data) || !isKind(kind) || result.type === null) return { ok: false, result };
  return { ok: true, plan: source.data, kind, result };
}
