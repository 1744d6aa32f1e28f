import path from 'node:path';
import { isIgnored } from '../config/resolve.js';
import { configLookup } from '../config/settings.js';
import { decode, withLineFeeds } from '../load/decode.js';
import { MAX_PLAN_BYTES } from '../load/limits.js';
import { readInputFile } from '../load/read-limited.js';
import { formatPath } from '../load/source.js';
import { kindDefinition } from '../kinds/index.js';
import { kindSchema } from '../kinds/schemas.js';
import { walkFields } from '../model/walk.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { applyEdits, missingKeyEdits, normalisedEdits, quoteColonValues, type MissingKey, type TextEdit } from './fix.js';
import { findPlanFiles, looksLikePlan } from './files.js';
import { KNOWN_RULES } from './registry.js';
import { normalisePlan } from './normalise.js';
import { openPlan, type OpenOptions } from './open.js';

/** What `--fix` did, or would do, to one plan. */
export interface PlanFix {
  file: string;
  absolute: string;
  /** The text as it was and as it is fixed; the same when nothing was certain enough to change. */
  before: string;
  after: string;
  /** Changes made, by the rule whose problems they remove. */
  fixed: Record<TextEdit['rule'], number>;
}

const UTF8_BOM = '\uFEFF';

/**
 * The plan with what is safe and certain fixed, in its own text: comments, order, quoting
 * and line endings stay as they were everywhere nothing is changed. Only problems the
 * check reports under the plan's config are fixed (a rule turned off fixes nothing).
 */
export function fixPlan(file: string, display: string, options: OpenOptions): PlanFix {
  const absolute = path.resolve(options.cwd, file);
  const fixed = { normalised: 0, required: 0, 'yaml-syntax': 0 };
  const bytes = options.bytes ?? readBytes(absolute, display);
  const unchanged = (text: string): PlanFix => ({ file: display, absolute, before: text, after: text, fixed });
  if (!bytes) return unchanged('');
  const decoded = decode(bytes);
  if ('fault' in decoded) return unchanged('');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const original = decoded.text;
  // A file of lone CRs is read with LFs, offset for offset; it is written back with its CRs.
  const loneCr = original !== withLineFeeds(original);
  const text = withLineFeeds(original);

  const colons = quoteColonValues(text);
  fixed['yaml-syntax'] = colons.edits;
  const opened = openPlan(file, display, { ...options, bytes: Buffer.from(colons.text, 'utf8') });
  let after = colons.text;
  const doc = opened.source.doc;
  if (doc && opened.kind && opened.source.faults.length === 0) {
    const reported = (rule: string) => new Set(opened.result.problems.filter((p) => p.rule === rule).map((p) => p.path));
    const definition = kindDefinition(opened.kind);
    const data = doc.toJS() as Record<string, unknown>;
    const normalisedAt = reported('normalised');
    const found = normalisePlan(definition.sections, data).filter((read) => normalisedAt.has(formatPath(read.path)));
    const requiredAt = reported('required');
    const missing: MissingKey[] = [];
    walkFields(kindSchema(opened.kind), data, (field) => {
      if (field.required && field.value === undefined && !field.instead && requiredAt.has(formatPath(field.path))) missing.push({ path: field.path });
    });
    const edits = [...normalisedEdits(doc, found), ...missingKeyEdits(colons.text, doc, definition, missing, options.lang === 'en' ? 'en' : 'nb')];
    const { text: edited, applied } = applyEdits(colons.text, edits);
    after = edited;
    for (const edit of applied) fixed[edit.rule]++;
  }
  const restore = (value: string) => (bom ? UTF8_BOM : '') + (loneCr ? value.replace(/\n/g, '\r') : value);
  return { file: display, absolute, before: restore(text), after: restore(after), fixed };
}

function readBytes(absolute: string, display: string): Uint8Array | undefined {
  const read = readInputFile(absolute, display, MAX_PLAN_BYTES);
  return 'bytes' in read ? read.bytes : undefined;
}

export interface FixPathsOptions extends Omit<OpenOptions, 'bytes'> {
  /** Write the fixed plans; without it the fixes are only worked out (`--fix-dry-run`). */
  write: boolean;
  errorOnUnmatched?: boolean;
  plansOnly?: boolean;
}

/** Every plan under `inputs` fixed, as `check` would find them; written back when asked. */
export function fixPaths(inputs: readonly string[], options: FixPathsOptions): PlanFix[] {
  const fixes: PlanFix[] = [];
  const configFor = configLookup({ cwd: options.cwd, knownRules: KNOWN_RULES, ...(options.configFile ? { configFile: options.configFile } : {}) });
  for (const file of findPlanFiles(inputs, options.cwd, options.errorOnUnmatched !== false)) {
    const searched = !file.explicit || options.plansOnly === true;
    if (searched && isIgnored(configFor(file.absolute), file.absolute)) continue;
    const fix = fixPlan(file.absolute, file.name, options);
    if (searched && !looksLikePlan(Buffer.from(fix.before, 'utf8'))) continue;
    if (fix.after !== fix.before && options.write) writeFileAtomic(fix.absolute, fix.after, { force: true, display: fix.file });
    fixes.push(fix);
  }
  return fixes;
}
