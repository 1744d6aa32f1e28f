import { isRecord } from '../model/walk.js';
import { formatPath, type PathSegment } from '../load/source.js';
import type { Kind } from '../kinds/index.js';
import { fieldsOf, keyFields, type Field } from './fields.js';
import { isAnswered, isMisshapen } from './given.js';

/** A required field the answers lack; a list that needs rows is named with `rows`. */
export interface Missing {
  path: string;
  rows?: true;
}

/**
 * What the answers lack that the plan cannot do without: the questions `init` would
 * have to ask, and without a terminal cannot.
 */
export function missingAnswers(kind: Kind, given: Readonly<Record<string, unknown>>): Missing[] {
  const out: Missing[] = [];
  walk(fieldsOf(kind), given, [], true, out);
  return out;
}

function walk(fields: readonly Field[], given: Readonly<Record<string, unknown>> | undefined, path: PathSegment[], forced: boolean, out: Missing[]): void {
  for (const field of keyFields(fields)) {
    if (field.type === 'fixed' || field.ask.skip) continue;
    const here = [...path, field.key];
    const value = given?.[field.key];
    // Kept as written, as the questions would keep it; `check` says what is wrong with it.
    if (isMisshapen(field, value)) continue;
    if (field.type === 'group') {
      // A mapping that is there must be whole; one that is absent only if the plan needs it.
      if (isRecord(value)) walk(field.fields, value, here, true, out);
      else if (forced && field.required && (value === undefined || value === null)) walk(field.fields, undefined, here, true, out);
      continue;
    }
    if (field.type === 'rows' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (isRecord(row)) walk(field.fields, row, [...here, index], true, out);
      });
    }
    if (forced && field.required && !isAnswered(field, given)) {
      out.push(field.type === 'rows' ? { path: formatPath(here), rows: true } : { path: formatPath(here) });
    }
  }
}
