import type { Problem } from '../check/types.js';
import type { Kind } from '../kinds/index.js';
import type { Path, PathSegment } from '../load/source.js';
import { fieldsOf, keyFields, type Field, type FieldOf } from './fields.js';

/** One thing `check` reports that `init --continue` can ask about. */
export type Gap =
  /** A value to give, at `path`; `row` when it is a field of a list row. */
  | { ask: 'value'; path: Path; field: Field; problem: Problem; row?: { list: FieldOf<'rows'>; index: number } }
  /** A list with fewer rows than it needs. */
  | { ask: 'rows'; path: Path; field: FieldOf<'rows'>; problem: Problem };

/** `oppgaver[2].ansvarlig` as the keys and indexes it names. */
export function parseProblemPath(text: string): Path | undefined {
  if (text === '') return undefined;
  const segments: PathSegment[] = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  while (at < text.length) {
    if (text[at] === '.') at++;
    pattern.lastIndex = at;
    match = pattern.exec(text);
    if (!match) return undefined;
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
    at = pattern.lastIndex;
  }
  return segments;
}

/**
 * The problems of a plan that a question can answer, in the order `check` reports them,
 * each path once: errors and warnings on a field init asks (a skipped field through the
 * field asked for it), a mapping through its required fields, a list short of rows.
 */
export function gapsOf(kind: Kind, problems: readonly Problem[], plan: Readonly<Record<string, unknown>>): Gap[] {
  const gaps: Gap[] = [];
  const seen = new Set<string>();
  const add = (gap: Gap) => {
    const key = gap.path.join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    gaps.push(gap);
  };
  for (const problem of problems) {
    if (problem.severity !== 'error' && problem.severity !== 'warning') continue;
    const path = parseProblemPath(problem.path);
    if (!path) continue;
    const found = fieldAt(kind, path);
    if (!found) continue;
    const { field, row, siblings } = found;
    if (field.type === 'rows') {
      add({ ask: 'rows', path, field, problem });
      continue;
    }
    for (const [at, asked] of askable(field, path, siblings, plan)) add({ ask: 'value', path: at, field: asked, problem, ...(row ? { row } : {}) });
  }
  return gaps;
}

/** Whether `init --continue` has a question for any of the errors: offered where a plan's errors are shown. */
export function continuable(kind: Kind | null, problems: readonly Problem[]): boolean {
  if (!kind) return false;
  return gapsOf(kind, problems.filter((problem) => problem.severity === 'error'), {}).length > 0;
}

interface Found {
  field: Field;
  /** The fields of the mapping the field is a key of. */
  siblings: readonly Field[];
  row?: { list: FieldOf<'rows'>; index: number };
}

function fieldAt(kind: Kind, path: Path): Found | undefined {
  let fields = keyFields(fieldsOf(kind));
  let found: Found | undefined;
  let list: FieldOf<'rows'> | undefined;
  let row: Found['row'];
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!list || found?.field !== list) return undefined;
      row = { list, index: segment };
      fields = keyFields(list.fields);
      found = undefined;
      continue;
    }
    const field = fields.find((candidate) => candidate.key === segment);
    if (!field) return undefined;
    found = { field, siblings: fields, ...(row ? { row } : {}) };
    if (field.type === 'group') fields = keyFields(field.fields);
    if (field.type === 'rows') list = field;
  }
  return found;
}

/** The scalar questions that answer a problem at `path`: the field itself, its stand-in, or a mapping's required fields not given. */
function askable(field: Field, path: Path, siblings: readonly Field[], plan: Readonly<Record<string, unknown>>): [Path, Field][] {
  if (field.type === 'fixed' || field.type === 'heading' || field.type === 'rows') return [];
  if (field.ask.skip) {
    const standIn = siblings.find((candidate) => candidate.standsFor === field.key);
    return standIn ? [[[...path.slice(0, -1), standIn.key], standIn]] : [];
  }
  if (field.type !== 'group') return [[path, field]];
  const value = valueAt(plan, path);
  const given = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const children = keyFields(field.fields);
  return children
    .filter((child) => child.required && (given[child.key] === undefined || given[child.key] === null || given[child.key] === ''))
    .flatMap((child) => askable(child, [...path, child.key], children, plan));
}

export function valueAt(data: unknown, path: Path): unknown {
  let at = data;
  for (const segment of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[segment];
  }
  return at;
}
