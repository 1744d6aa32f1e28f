import { isRecord } from '../model/walk.js';
import type { Kind } from '../kinds/index.js';
import { fieldsOf, keyFields, type Field } from './fields.js';
import { extraEntries, put } from './given.js';
import { tidyGiven } from './read-answer.js';

/**
 * A whole plan without asking: every field the answers give, as given, and every other
 * field present and empty. With `sample`, each list gets one empty row, so `--yes`
 * shows the shape of a goal, a task and a meeting.
 */
export function fillPlan(kind: Kind, given: Readonly<Record<string, unknown>> = {}, sample = false): Record<string, unknown> {
  return fillFields(fieldsOf(kind), given, sample);
}

function fillFields(fields: readonly Field[], given: Readonly<Record<string, unknown>> | undefined, sample: boolean, row?: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of keyFields(fields)) {
    const value = given?.[field.key];
    const present = given !== undefined && Object.hasOwn(given, field.key) && value !== null;
    // A field its stand-in asks for is written only where the answers give it.
    if (field.ask.skip && !present) continue;
    switch (field.type) {
      case 'fixed':
        out[field.key] = field.value;
        break;
      case 'group':
        out[field.key] = present && !isRecord(value) ? value : fillFields(field.fields, isRecord(value) ? value : undefined, sample, row);
        break;
      case 'rows':
        if (present) out[field.key] = Array.isArray(value) ? value.map((item) => (isRecord(item) ? givenRow(field.fields, item) : item)) : value;
        else out[field.key] = sample ? [fillFields(field.fields, undefined, sample, 1)] : [];
        break;
      case 'values':
        out[field.key] = present ? value : [];
        break;
      default:
        if (present) out[field.key] = tidyGiven(field, value);
        else out[field.key] = field.ask.auto && row !== undefined ? field.ask.auto.replace('{n}', String(row)) : null;
    }
  }
  for (const [key, value] of extraEntries(fields, given)) put(out, key, value);
  return out;
}

/** A row from the answers, in template order, dates tidied, nothing added. */
export function givenRow(fields: readonly Field[], row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of keyFields(fields)) {
    if (Object.hasOwn(row, field.key)) out[field.key] = tidyGiven(field, row[field.key]);
  }
  for (const [key, value] of extraEntries(fields, row)) put(out, key, value);
  return out;
}
