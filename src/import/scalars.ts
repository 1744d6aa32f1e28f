import type { Field, Node, Options, Value } from '../model/define.js';
import { LABELS } from '../messages/render-labels/index.js';
import { periodFrom, periodFromText } from '../util/calendar.js';
import { bestSimilarity, normalise } from './similarity.js';
import { getAt, setAt, type ImportState } from './state.js';
import { readDate, readMeetingTime, readPeriod, readYearly, type DateRole, type ReadDate } from './norwegian-dates.js';
import { readAmountsByYear, readNumber, readYears, readYesNo } from './values.js';

const MISSING = new Set(Object.values(LABELS).map((labels) => normalise(labels.missing)));

/** The document's marker for a section left empty ("Ikke utfylt"), or nothing at all. */
export function isEmptyText(text: string): boolean {
  if (text.length > 40) return false;
  const cleaned = text.replace(/[*_>]/g, '').trim();
  return cleaned === '' || cleaned === '–' || cleaned === '-' || MISSING.has(normalise(cleaned));
}

/** A deadline or the end of a span takes the last day of a week or season; anything else the first. */
export function roleOf(field: Node): DateRole {
  if (field.node === 'field' && field.ask?.after) return 'end';
  return /\b(?:frist|deadline|til|to|slutt|end)\b/i.test(`${field.title.nb} ${field.title.en}`) || ['frist', 'til', 'slutt'].includes(field.key) ? 'end' : 'start';
}

/** The year a date written without one belongs to: the one that puts it inside the plan's period. */
export function yearGuess(state: ImportState): (month: number) => number | undefined {
  return (month) => {
    const from = periodFrom(state.plan['periode'])?.fra;
    if (!from) return undefined;
    const year = Number(from.slice(0, 4));
    return month >= Number(from.slice(5, 7)) ? year : year + 1;
  };
}

/** A choice from how a document names it: the value itself, or its title in any language. */
export function readChoice(text: string, options: Options): string | undefined {
  const wanted = normalise(text);
  let best: { key: string; score: number } | undefined;
  for (const [key, titles] of Object.entries(options)) {
    if (normalise(key) === wanted) return key;
    const score = bestSimilarity(text, Object.values(titles));
    if (!best || score > best.score) best = { key, score };
  }
  return best && best.score >= 0.75 ? best.key : undefined;
}

/**
 * An open choice: an option only where the document names it as such, else the author's own
 * words; "Styrere og pedagogiske ledere" is close to an option and still not it.
 */
export function readOpenChoice(text: string, markdown: string, options: Options): string {
  const wanted = normalise(text);
  const named = Object.entries(options).find(([key, titles]) => [key, ...Object.values(titles)].some((title) => normalise(title) === wanted));
  return named ? named[0] : markdown.replace(/\n/g, ' ').trim();
}

function remember(state: ImportState, path: (string | number)[], read: ReadDate): string {
  if (read.interpreted) state.dates.push({ path, original: read.interpreted, iso: read.iso });
  return read.iso;
}

/** The value a one-line text stands for in a field of this type, or undefined when it cannot be read. */
export function readValue(value: Value, text: string, markdown: string, field: Node, state: ImportState, path: (string | number)[]): unknown {
  const english = state.lang === 'en';
  switch (value.type) {
    case 'text':
    case 'prose':
      return markdown.replace(/\n/g, ' ').trim();
    case 'email':
      return text.replace(/^mailto:/i, '').trim();
    case 'date': {
      const yearly = value.yearly ? readYearly(text) : undefined;
      if (yearly) return yearly;
      const read = readDate(text, roleOf(field), yearGuess(state));
      return read ? remember(state, path, read) : undefined;
    }
    case 'datetime': {
      const yearly = value.yearly ? readYearly(text) : undefined;
      if (yearly) return yearly;
      const read = readMeetingTime(text, yearGuess(state))?.dato;
      return read ? remember(state, path, read) : undefined;
    }
    // A baseline or target is text in a plan, "3,4" as much as "24 % høsten 2025".
    case 'measure':
      return markdown.replace(/\n/g, ' ').trim();
    case 'number': {
      const number = readNumber(text, english);
      if (number === undefined || (value.integer && !Number.isInteger(number))) return undefined;
      return number;
    }
    case 'yesno':
      return readYesNo(text);
    // An open choice holds the author's own words where no option is named.
    case 'choice':
      return value.open ? readOpenChoice(text, markdown, value.options) : readChoice(text, value.options);
    case 'list': {
      if (value.item.type === 'number') {
        const years = readYears(text);
        if (years?.interpreted) state.dates.push({ path, original: years.interpreted, iso: years.years.join(', ') });
        return years?.years;
      }
      // Options are phrases with commas of their own, so a document separates them by semicolons.
      const items = text.split(value.item.type === 'choice' && text.includes(';') ? /\s*;\s*/ : /\s*[,;]\s*/).map((item) => item.trim()).filter(Boolean);
      if (value.item.type === 'choice') {
        const item = value.item;
        const keys = items.map((words) => (item.open ? readOpenChoice(words, words, item.options) : readChoice(words, item.options)));
        return keys.length > 0 && keys.every((key) => key !== undefined) ? keys : items.length > 0 ? items : undefined;
      }
      return items.length > 0 ? items : undefined;
    }
    case 'perYear':
      return readAmountsByYear(text, english);
    default:
      return undefined;
  }
}

function isPeriodGroup(fields: readonly Node[]): boolean {
  const dates = fields.filter((node): node is Field => node.node === 'field' && node.value.type === 'date');
  return dates.length === 2 && fields.length === 2;
}

/**
 * Sets a one-line value: a field of any scalar type, a value shown again (the period
 * under "Tidsrom"), or a group written on one line: a period "fra – til", or a person
 * "navn, rolle (e-post)". Returns whether something was set.
 */
export function setLine(state: ImportState, node: Node, path: string[], text: string, markdown: string): boolean {
  if (isEmptyText(text)) return false;
  if (node.node === 'show') {
    if (node.as === 'period') return setPeriod(state, path, text);
    const value = node.as === 'date' ? readDate(text, 'start', yearGuess(state)) : undefined;
    if (node.as === 'date') {
      if (!value) return false;
      setAt(state.plan, path, remember(state, path, value));
      return true;
    }
    setAt(state.plan, path, markdown.trim());
    return true;
  }
  if (node.node !== 'field') return false;
  if (node.value.type === 'group') {
    // "Skoleåret 2025/26" is a period a plan may hold as it is written.
    if (node.value.words === 'period' && periodFromText(text)) {
      setAt(state.plan, path, text.trim());
      return true;
    }
    if (isPeriodGroup(node.value.fields)) return setPeriod(state, path, text, node.value.fields as Field[]);
    return setPerson(state, node.value.fields, path, text);
  }
  const value = readValue(node.value, text, markdown, node, state, path);
  if (value === undefined || value === '') return false;
  setAt(state.plan, path, value);
  return true;
}

function setPeriod(state: ImportState, path: string[], text: string, fields?: Field[]): boolean {
  const [fromKey, toKey] = fields ? [fields[0]!.key, fields[1]!.key] : ['fra', 'til'];
  const period = readPeriod(text, yearGuess(state));
  if (!period) return false;
  if (period.fra) setAt(state.plan, [...path, fromKey], remember(state, [...path, fromKey], period.fra));
  if (period.til) setAt(state.plan, [...path, toKey], remember(state, [...path, toKey], period.til));
  return true;
}

/** "Ingrid Sæther, rektor (ingrid@skole.no)": the e-mail found by its form, the other parts in the group's order. */
function setPerson(state: ImportState, fields: readonly Node[], path: string[], text: string): boolean {
  const keys = fields.filter((node): node is Field => node.node === 'field');
  const emailField = keys.find((field) => field.value.type === 'email');
  let rest = text;
  const email = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i.exec(rest);
  if (email && emailField) {
    setAt(state.plan, [...path, emailField.key], email[0]);
    rest = rest.replace(/\(?\s*(?:mailto:)?[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\s*\)?/i, '');
  }
  const others = keys.filter((field) => field !== emailField && field.value.type === 'text');
  const parts = rest.split(/,\s*/).map((part) => part.trim()).filter((part) => part !== '' && !isEmptyText(part));
  parts.forEach((part, index) => {
    const field = others[Math.min(index, others.length - 1)];
    if (!field) return;
    const at = [...path, field.key];
    // More parts than fields: the last field (the role) takes the rest, commas and all.
    const existing = index >= others.length ? getAt(state.plan, at) : undefined;
    setAt(state.plan, at, typeof existing === 'string' ? `${existing}, ${part}` : part);
  });
  return parts.length > 0 || email !== null;
}
