import { isRecord } from '../../model/walk.js';
import type { DocumentLang } from '../../messages/render-labels/index.js';
import { isFilledValue } from '../filled.js';
import { formatDate, formatPeriod } from '../format/dates.js';
import { formatNok } from '../format/numbers.js';
import { plainValue } from '../markdown/inline.js';
import { outline, type Block, type ValueFormat } from '../outline.js';
import { kindDefinition, isKind } from '../../kinds/index.js';
import { schemesOf } from '../../kinds/schemes.js';
import { fieldTitle } from '../titles.js';

type Options = Handlebars.HelperOptions;

interface OutlineData {
  lang: DocumentLang;
  kind?: string;
  root?: unknown;
}

function data(options: Options): OutlineData {
  const found = (options.data ?? {}) as OutlineData;
  return { ...found, lang: found.lang === 'nn' || found.lang === 'en' ? found.lang : 'nb' };
}

function paramsOf(args: unknown[]): { params: unknown[]; options: Options } {
  return { params: args.slice(0, -1), options: args[args.length - 1] as Options };
}

/** The value at a dotted path of the plan (`forankringsstrategi.milepæler`), own keys only. */
function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const key of path.split('.')) {
    if (!isRecord(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * The helpers the generic template walks a kind's outline with. `marker` is the
 * "Ikke utfylt" text in the document's language.
 */
export function outlineHelpers(
  marker: (options: Options) => string,
  yesNoWords: Readonly<Record<DocumentLang, { yes: string; no: string }>>,
): Record<string, (...args: unknown[]) => unknown> {
  const format = (value: unknown, as: ValueFormat, labels: Readonly<Record<string, string>> | undefined, options: Options): unknown => {
    const { lang } = data(options);
    if (as === 'label') {
      // An option by its name; words of the author's own (an open choice) as written.
      const named = (item: unknown) => (typeof item === 'string' && labels && Object.hasOwn(labels, item) ? labels[item] : item);
      // Options are phrases with commas of their own («omsorg, lek, læring og danning»).
      return Array.isArray(value) ? value.map((item) => plainValue(named(item))).filter((item) => item !== '').join('; ') : named(value);
    }
    if (as === 'kroner') return typeof value === 'number' && Number.isFinite(value) ? formatNok(value, lang) : value;
    if (as === 'yesno') return value === true ? yesNoWords[lang].yes : value === false ? yesNoWords[lang].no : value;
    if (as === 'date') return formatDate(value, lang) ?? plainValue(value);
    if (as === 'period') {
      if (typeof value === 'string') return value.trim();
      return isRecord(value) ? (formatPeriod(value['fra'], value['til'], lang, `*${marker(options)}*`) ?? '') : '';
    }
    if (as === 'amounts') return isRecord(value) ? Object.entries(value).map(([year, amount]) => `${year}: ${typeof amount === 'number' ? formatNok(amount, lang) : plainValue(amount)}`).join('; ') : value;
    return value;
  };
  return {
    /** The blocks of the plan's kind, in the document's language: `{{#each (outline)}}`. */
    outline(...args) {
      const { kind, lang, root } = data(paramsOf(args).options);
      if (!kind || !isKind(kind)) throw new Error('outline needs the plan kind');
      return outline(kind, lang, schemesOf(isRecord(root) ? root : {}, kindDefinition(kind)));
    },
    /** A value of the plan by its path: `{{md (value path)}}`. */
    value(...args) {
      const { params, options } = paramsOf(args);
      return valueAt(data(options).root, String(params[0]));
    },
    /** A value written as a date or a period, or as it is. */
    format(...args) {
      const { params, options } = paramsOf(args);
      const labels = params[2] !== null && typeof params[2] === 'object' ? (params[2] as Record<string, string>) : undefined;
      return format(params[0], (params[1] as ValueFormat | undefined) ?? 'text', labels, options);
    },
    /** Whether a section is drawn: always, unless it is one the seed leaves out while empty. */
    shown(...args) {
      const { params, options } = paramsOf(args);
      const block = params[0] as Extract<Block, { block: 'section' }>;
      return block.whenFilled === undefined || isFilledValue(valueAt(data(options).root, block.whenFilled));
    },
    /** What a shared part's partial is given: its value under the partial's name, and the depths. */
    partContext(...args) {
      const { params, options } = paramsOf(args);
      const block = params[0] as Extract<Block, { block: 'part' }>;
      return { [block.partial]: valueAt(data(options).root, block.path), depth: block.depth, level: block.level };
    },
    /** A field's title in the plan's kind: `{{fieldTitle "ressurser.budsjett"}}`. */
    fieldTitle(...args) {
      const { params, options } = paramsOf(args);
      const { kind, lang } = data(options);
      const title = fieldTitle(kind, String(params[0]), lang);
      if (title === undefined) throw new Error(`there is no field "${String(params[0])}"`);
      return title;
    },
  };
}
