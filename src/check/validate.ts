import type { z } from 'zod';
import { formatPath, type Path } from '../load/source.js';
import { objectShape, schemaAt } from '../model/walk.js';
import type { MessageArgs } from '../messages/format.js';
import type { Anchor } from './rule.js';
import type { RuleMessageIds } from './registry.js';
import schemaRule from './rules/schema.js';
import { nearest } from '../util/suggest.js';
import { t, type Lang, type MessageKey } from '../messages/catalogue.js';
import { fromNorwegianDate } from '../util/dates.js';
import { hasInvisible, invisibleCodes, revealInvisible, withoutInvisible } from '../messages/invisible.js';

export type ShapeProblem = ShapeProblemOf<'schema'> | ShapeProblemOf<'unknown-key'>;

interface ShapeProblemOf<R extends 'schema' | 'unknown-key'> {
  rule: R;
  messageId: RuleMessageIds[R];
  path: Path;
  args: MessageArgs;
  anchor?: Anchor;
}

const TYPE_WORDS: Record<string, MessageKey> = {
  string: 'type.string',
  number: 'type.number',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
  null: 'type.null',
};

function typeWord(type: string, lang: Lang): string {
  const key = TYPE_WORDS[type];
  return key ? t(lang, key) : type;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

/**
 * Turns Zod's issues into problems at YAML paths. Missing and blank values are left out:
 * `required` and the rules that own those keys report them, once, in the author's terms.
 */
export function shapeProblems(schema: z.ZodType, data: unknown, lang: Lang, written: (path: Path) => string | undefined = () => undefined): ShapeProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const out: ShapeProblem[] = [];
  for (const issue of throughUnions(result.error.issues)) {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    // A list row is named with its index (`oppgaver[0]`); a field by its key.
    const key = typeof path.at(-1) === 'number' ? formatPath(path) : String(path.at(-1) ?? '');
    const value = valueAt(data, path);
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(objectShape(schemaAt(schema, path) ?? schema) ?? {});
      for (const unknown of issue.keys) {
        if (hasInvisible(unknown)) {
          out.push(invisibleKey(unknown, known, path));
          continue;
        }
        const suggestion = nearest(unknown, known);
        out.push({
          rule: 'unknown-key',
          messageId: suggestion ? 'suggest' : 'plain',
          path: [...path, unknown],
          args: { key: unknown, suggestion: suggestion ?? '', known: known.join(', ') },
          anchor: 'key',
        });
      }
      continue;
    }
    if (value === undefined || value === null) continue;
    if (issue.code === 'too_small' && Array.isArray(value) && value.length === 0) continue;
    if (typeof value === 'string' && value.trim() === '' && issue.code !== 'invalid_value') continue;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      out.push({ rule: 'schema', path, messageId: 'notFinite', args: notFinite(key, value, written(path), lang) });
      continue;
    }
    out.push({ rule: 'schema', path, ...describeIssue(issue, key, value, lang) });
  }
  return out;
}

/**
 * A value that may take two forms (a day or a yearly date; a period as two dates or in
 * words) fails as a whole in Zod. Where only one form has the value's type, that form's
 * own issues say what is wrong, at their own paths.
 */
function throughUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'invalid_union') {
      out.push(issue);
      continue;
    }
    const fitting = issue.errors.filter((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
    if (fitting.length !== 1) out.push(issue);
    else out.push(...throughUnions(fitting[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue)));
  }
  return out;
}

function isSchemaMessage(id: string | undefined): id is RuleMessageIds['schema'] {
  return id !== undefined && Object.hasOwn(schemaRule.messages, id);
}

function describeIssue(issue: z.core.$ZodIssue, key: string, value: unknown, lang: Lang): { messageId: RuleMessageIds['schema']; args: MessageArgs } {
  const shown = typeof value === 'string' ? value.trim() : JSON.stringify(value);
  const dateHint = fromNorwegianDate(value) ?? withTimeSeparator(value);
  const hint = dateHint ? t(lang, 'hint.forExample', { example: dateHint }) : '';
  switch (issue.code) {
    case 'invalid_format':
      if (issue.format === 'date') return { messageId: 'date', args: { value: shown, hint } };
      if (issue.format === 'datetime') return { messageId: 'dateTime', args: { value: shown, hint } };
      if (issue.format === 'email') return { messageId: 'email', args: { value: shown } };
      return { messageId: 'other', args: { key } };
    case 'invalid_union': {
      // Unions in the model are date-or-date-time and text-or-number: a branch that failed on
      // its format says the value was text of the wrong form.
      const formatFailed = issue.errors.some((branch) => branch.some((inner) => inner.code === 'invalid_format'));
      if (formatFailed) return { messageId: 'dateTime', args: { value: shown, hint } };
      return typeMessage(key, 'string', value, lang);
    }
    case 'invalid_value': {
      if (key === 'dekom') return { messageId: 'version', args: {} };
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? nearest(value, allowed) : undefined;
      const suggestionHint = suggestion ? t(lang, 'hint.didYouMean', { suggestion }) : '';
      return { messageId: 'oneOf', args: { key, value: shown, allowed: allowed.join(', '), hint: suggestionHint } };
    }
    case 'invalid_type':
      if (issue.expected === 'int') return { messageId: 'integer', args: { key } };
      return typeMessage(key, issue.expected, value, lang);
    case 'too_small':
      return { messageId: 'min', args: { key, min: Number(issue.minimum) } };
    case 'too_big':
      return { messageId: 'max', args: { key, max: Number(issue.maximum) } };
    case 'not_multiple_of':
      return { messageId: 'integer', args: { key } };
    case 'custom': {
      // The model's own checks name the message that explains them.
      const id = (issue.params as { dekom?: string } | undefined)?.dekom;
      return isSchemaMessage(id) ? { messageId: id, args: { key, value: shown } } : { messageId: 'other', args: { key } };
    }
    default:
      return { messageId: 'other', args: { key } };
  }
}

/** A key that looks known on screen and is not: the invisible character is named, and the key it hides. */
function invisibleKey(key: string, known: readonly string[], path: Path): ShapeProblem {
  const visible = withoutInvisible(key);
  const suggestion = known.includes(visible) ? visible : nearest(visible, known);
  return {
    rule: 'unknown-key',
    messageId: suggestion ? 'invisible' : 'invisiblePlain',
    path: [...path, key],
    args: { key: revealInvisible(key), chars: invisibleCodes(key).join(', '), suggestion: suggestion ?? '' },
    anchor: 'key',
  };
}

/** `.nan`, `.inf`, or a number too large for a double (`1e400`): named for what it is, not as "a number". */
function notFinite(key: string, value: number, written: string | undefined, lang: Lang): MessageArgs {
  const infinite = written === undefined || /^[-+]?\.inf$/i.test(written);
  const what = Number.isNaN(value) ? 'number.nan' : infinite ? 'number.infinite' : 'number.huge';
  return { key, value: written ?? (Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf'), what: t(lang, what) };
}

/** `2026-11-05 14:00` → `2026-11-05T14:00`: a space where ISO wants a T. */
function withTimeSeparator(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value.trim()) ? value.trim().replace(' ', 'T') : undefined;
}

function typeMessage(key: string, expected: string, value: unknown, lang: Lang): { messageId: RuleMessageIds['schema']; args: MessageArgs } {
  return { messageId: 'type', args: { key, expected: typeWord(expected, lang), received: typeWord(typeName(value), lang) } };
}
