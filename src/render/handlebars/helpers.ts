import type Handlebars from 'handlebars';
import { isLabelKey, label, type DocumentLang } from '../../messages/render-labels/index.js';
import { isFilledValue } from '../filled.js';
import { formatDate, formatMeetingTime, formatPeriod } from '../format/dates.js';
import { formatNok, formatNumber, toNumber } from '../format/numbers.js';
import { sortRows } from '../format/sort.js';
import { blockMarkdown } from '../markdown/block.js';
import { HelperError } from './errors.js';
import { inlineMarkdown, plainValue } from '../markdown/inline.js';
import { sectionTitle, valueLabel } from '../titles.js';
import { outlineHelpers } from './outline-helpers.js';
import { recommendationHelpers } from './recommendation-helpers.js';

type Env = typeof Handlebars;
type Options = Handlebars.HelperOptions;
type MessageArgs = Record<string, string | number>;

/** What every template can read besides the plan: `@lang`, `@today` and `@kind`. */
export interface RenderData {
  lang: DocumentLang;
  /** The day the document is rendered, ISO. */
  today: string;
  /** The plan's kind, whose sections `{{t "section.<key>"}}` and the outline name. */
  kind?: string;
}

function langOf(options: Options): DocumentLang {
  const lang = (options.data as RenderData | undefined)?.lang;
  return lang === 'nn' || lang === 'en' ? lang : 'nb';
}

/** Helpers are called with their arguments and Handlebars' options last; this splits them. */
function split(args: unknown[]): { params: unknown[]; options: Options } {
  return { params: args.slice(0, -1), options: args[args.length - 1] as Options };
}

function hashArgs(options: Options): MessageArgs {
  const out: MessageArgs = {};
  for (const [key, value] of Object.entries((options.hash ?? {}) as Record<string, unknown>)) {
    out[key] = typeof value === 'number' ? value : plainValue(value);
  }
  return out;
}

/**
 * A plain value as text, numbers with fractions in the document's language ("3,5"); whole
 * numbers stay as typed, since they are as often years and priorities as amounts.
 */
function textOf(value: unknown, lang: DocumentLang): string {
  return typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value) ? formatNumber(value, lang) : plainValue(value);
}

/**
 * Wraps a helper so what it throws carries the line of the call. An error from deeper in
 * a block (a helper inside `{{#each}}`) already has its own, nearer line and keeps it.
 */
function withLine(helper: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return function (this: unknown, ...args: unknown[]) {
    try {
      return helper.apply(this, args);
    } catch (error) {
      if (error instanceof HelperError) throw error;
      const options = args[args.length - 1] as { loc?: hbs.AST.SourceLocation } | undefined;
      const message = error instanceof Error ? error.message : String(error);
      throw new HelperError(message.split('\n', 1)[0]!, options?.loc?.start.line);
    }
  };
}

function lookupLabel(lang: DocumentLang, key: string, args?: MessageArgs, kind?: string): string {
  if (isLabelKey(key)) return label(lang, key, args);
  const section = key.startsWith('section.') ? sectionTitle(kind, key.slice('section.'.length), lang) : undefined;
  if (section === undefined) throw new Error(`there is no label "${key}"`);
  return section;
}

function costOf(row: unknown, year: unknown): number | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const record = row as Record<string, unknown>;
  const cost = toNumber(record['kostnad']);
  if (cost !== undefined) return cost;
  const grants = record['tilskudd'];
  return typeof grants === 'object' && grants !== null && !Array.isArray(grants) ? toNumber((grants as Record<string, unknown>)[String(year)]) : undefined;
}

const YES_NO = Object.fromEntries((['nb', 'nn', 'en'] as const).map((lang) => [lang, { yes: label(lang, 'yes'), no: label(lang, 'no') }])) as Record<
  DocumentLang,
  { yes: string; no: string }
>;

/**
 * The helpers every template gets, built-in or the user's own. Each takes its language
 * from `@lang`, so a template never names one.
 */
export function registerHelpers(env: Env): void {
  const safe = (text: string) => new env.SafeString(text);
  const marker = (options: Options) => lookupLabel(langOf(options), 'missing');

  const helpers: Record<string, (...args: unknown[]) => unknown> = {
    /** What `{{value}}` does: one safe line of Markdown. */
    inline(...args) {
      const { params, options } = split(args);
      const value = params[0];
      if (value instanceof env.SafeString) return value;
      const lineStart = (options.hash as { start?: boolean } | undefined)?.start === true;
      return safe(inlineMarkdown(textOf(value, langOf(options)), lineStart));
    },
    /** A label from the catalogue, in the document's language: `{{t "section.mål"}}`. */
    t(...args) {
      const { params, options } = split(args);
      // A value left out of the plan, or out of the call, leaves neither its placeholder nor a
      // double or trailing space: "Kostnad {year}" → "Kostnad".
      const text = lookupLabel(langOf(options), String(params[0]), hashArgs(options), (options.data as RenderData | undefined)?.kind);
      return text.replace(/\{\w+\}/g, '').replace(/\s{2,}/g, ' ').trim();
    },
    /** A label chosen by a value, such as a partner's role: `{{label "role" rolle}}`. */
    label(...args) {
      const { params, options } = split(args);
      const [category, value] = [plainValue(params[0]), plainValue(params[1])];
      const key = `${category}.${value}`;
      const plan = (options.data as { root?: Readonly<Record<string, unknown>> } | undefined)?.root;
      return valueLabel(category, value, langOf(options), plan) ?? (isLabelKey(key) ? label(langOf(options), key) : value);
    },
    /** The labels of a list of values: `{{join (labels "role" roller)}}`. */
    labels(...args) {
      const { params, options } = split(args);
      const category = plainValue(params[0]);
      const list = Array.isArray(params[1]) ? params[1] : [];
      return list.map((item) => valueLabel(category, plainValue(item), langOf(options)) ?? plainValue(item));
    },
    /** A section's Markdown text, or the "Ikke utfylt" marker when it is empty. */
    md(...args) {
      const { params, options } = split(args);
      const depth = Number((options.hash as { depth?: number } | undefined)?.depth ?? 2);
      const value = params[0];
      if (!isFilledValue(value)) return safe(`> *${marker(options)}*`);
      return safe(blockMarkdown(plainValue(value), depth));
    },
    /**
     * A table cell or one-line value, or the marker when it is empty. The text itself is
     * escaped where it lands, like any `{{value}}`.
     */
    cell(...args) {
      const { params, options } = split(args);
      const value = params[0];
      if (!isFilledValue(value)) return safe(`*${marker(options)}*`);
      return value instanceof env.SafeString ? value : textOf(value, langOf(options));
    },
    /**
     * Whether a need runs only in years after the one applied for, so it has no cost to fill
     * in: `{{#if (laterYearsOnly år @root.innstillingsår)}}`.
     */
    laterYearsOnly(...args) {
      const { params } = split(args);
      return Array.isArray(params[0]) && params[0].length > 0 && !params[0].includes(params[1]);
    },
    /** The marker on its own, for templates that decide for themselves what is missing. */
    missing(...args) {
      return safe(`*${marker(split(args).options)}*`);
    },
    /** Heading marks for a level passed down to a partial: `{{h depth}} Title`. */
    h(...args) {
      const level = Math.min(6, Math.max(1, Math.trunc(Number(split(args).params[0]) || 1)));
      return safe('#'.repeat(level));
    },
    date(...args) {
      const { params, options } = split(args);
      return formatDate(params[0], langOf(options)) ?? plainValue(params[0]);
    },
    /** `{{period periode}}` or `{{period fra til}}`. */
    period(...args) {
      const { params, options } = split(args);
      const [first, second] = params;
      // A period written in words (`skoleåret 2025/26`) is printed as the author wrote it.
      if (second === undefined && typeof first === 'string' && first.trim() !== '') return first.trim();
      const range = second === undefined && typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : { fra: first, til: second };
      return formatPeriod(range['fra'], range['til'], langOf(options), `*${marker(options)}*`) ?? '';
    },
    /** When a meeting is: `{{when dato slutt}}`. */
    when(...args) {
      const { params, options } = split(args);
      return formatMeetingTime(params[0], params[1], langOf(options)) ?? plainValue(params[0]);
    },
    nok(...args) {
      const { params, options } = split(args);
      const value = toNumber(params[0]);
      return value === undefined ? plainValue(params[0]) : formatNok(value, langOf(options));
    },
    number(...args) {
      const { params, options } = split(args);
      const value = toNumber(params[0]);
      return value === undefined ? plainValue(params[0]) : formatNumber(value, langOf(options));
    },
    /** Amounts by year, `{2026: 150000, 2027: 120000}`: "2026: 150 000 kr; 2027: 120 000 kr". */
    perYear(...args) {
      const { params, options } = split(args);
      const value = params[0];
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return '';
      return Object.entries(value as Record<string, unknown>)
        .map(([year, amount]) => `${year}: ${toNumber(amount) === undefined ? plainValue(amount) : formatNok(toNumber(amount)!, langOf(options))}`)
        .join('; ');
    },
    /**
     * A need's cost for the year applied for: its one `kostnad`, else its grant for that
     * year where it gives grants per year: `{{nok (yearCost this @root.innstillingsår)}}`.
     */
    yearCost(...args) {
      const [row, year] = split(args).params;
      return costOf(row, year);
    },
    sumYearCost(...args) {
      const [list, year] = split(args).params;
      return Array.isArray(list) ? list.reduce<number>((total, row) => total + (costOf(row, year) ?? 0), 0) : 0;
    },
    /** Whether any row fills in a field: `{{#if (anyFilled needs "tilskudd")}}`. */
    anyFilled(...args) {
      const [list, key] = split(args).params;
      return Array.isArray(list) && list.some((row) => isFilledValue((row as Record<string, unknown> | null)?.[String(key)]));
    },
    /** The total of one numeric field over a list: `{{nok (sum kompetansebehov "kostnad")}}`. */
    sum(...args) {
      const [list, key] = split(args).params;
      if (!Array.isArray(list)) return 0;
      return list.reduce<number>((total, row) => total + (toNumber((row as Record<string, unknown> | null)?.[String(key)]) ?? 0), 0);
    },
    join(...args) {
      const { params } = split(args);
      const separator = params[1] === undefined ? ', ' : plainValue(params[1]);
      return Array.isArray(params[0]) ? params[0].map(plainValue).filter((item) => item !== '').join(separator) : plainValue(params[0]);
    },
    /** "Ja", "Nei", or the marker for a yes/no question left open. */
    yesNo(...args) {
      const { params, options } = split(args);
      if (params[0] === true) return lookupLabel(langOf(options), 'yes');
      if (params[0] === false) return lookupLabel(langOf(options), 'no');
      return safe(`*${marker(options)}*`);
    },
    /** Rows by a date or number, earliest or smallest first: `{{#each (sortBy oppgaver "frist")}}`. */
    sortBy(...args) {
      const [list, key] = split(args).params;
      return sortRows(list, String(key));
    },
    /** The first value that is filled in: `{{or id (inc @index)}}`. */
    or(...args) {
      const { params } = split(args);
      return params.find(isFilledValue) ?? params[params.length - 1];
    },
    /** `{{#filled value}}…{{else}}…{{/filled}}`: the first part when the author wrote something. */
    filled(...args) {
      const { params, options } = split(args);
      // `this` is the context Handlebars calls block helpers with.
      return isFilledValue(params[0]) ? options.fn(this) : options.inverse(this);
    },
    /** Counting from one: `{{inc @index}}`. */
    inc(...args) {
      return (toNumber(split(args).params[0]) ?? 0) + 1;
    },
    eq(...args) {
      const [a, b] = split(args).params;
      return a === b;
    },
  };
  // `log` writes to the console, which belongs to the command line, not to a template.
  env.unregisterHelper('log');
  // The built-in block helpers (`each`, `with`, …) are wrapped too, for their errors' lines.
  const all = { ...(env.helpers as Record<string, (...args: unknown[]) => unknown>), ...helpers, ...outlineHelpers(marker, YES_NO), ...recommendationHelpers() };
  for (const [name, helper] of Object.entries(all)) {
    if (name !== 'helperMissing' && name !== 'blockHelperMissing') env.registerHelper(name, withLine(helper));
  }
}

/** The helpers a template may call, for error messages and documentation. */
export function helperNames(env: Env): string[] {
  return Object.keys(env.helpers)
    .filter((name) => !['helperMissing', 'blockHelperMissing'].includes(name))
    .sort();
}
