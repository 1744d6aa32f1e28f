import { SCHEMES } from '../../kinds/schemes.js';
import { label, type DocumentLang } from '../../messages/render-labels/index.js';
import { isRecord } from '../../model/walk.js';
import { formatPeriod } from '../format/dates.js';
import { formatNok, formatNumber, toNumber } from '../format/numbers.js';
import { plainValue } from '../markdown/inline.js';
import { valueLabel } from '../titles.js';

type Options = Handlebars.HelperOptions;

function langOf(options: Options): DocumentLang {
  const lang = (options.data as { lang?: string } | undefined)?.lang;
  return lang === 'nn' || lang === 'en' ? lang : 'nb';
}

function split(args: unknown[]): { params: unknown[]; options: Options } {
  return { params: args.slice(0, -1), options: args[args.length - 1] as Options };
}

/** A grant by year for one year: `{2027: 400000}` and 2027 give 400000. */
function grantIn(grants: unknown, year: unknown): number | undefined {
  if (!isRecord(grants) || (typeof year !== 'number' && typeof year !== 'string')) return undefined;
  return toNumber(grants[String(year)]);
}

function sumGrants(list: unknown, year: unknown, scheme?: string): number {
  if (!Array.isArray(list)) return 0;
  return list.reduce<number>((total, row) => {
    if (!isRecord(row) || (scheme !== undefined && row['ordning'] !== scheme)) return total;
    return total + (grantIn(row['tilskudd'], year) ?? 0);
  }, 0);
}

/**
 * The helpers of a samarbeidsforum's recommendation: grants for the year recommended, the
 * frame per scheme against what is recommended in it, a measure's duration and its owners'
 * co-funding, each in the document's language.
 */
export function recommendationHelpers(): Record<string, (...args: unknown[]) => unknown> {
  return {
    /** A measure's grant for the year: `{{nok (grantIn tilskudd @root.tilskuddsår)}}`. */
    grantIn(...args) {
      const [grants, year] = split(args).params;
      return grantIn(grants, year);
    },
    /** The grants of all measures for the year: `{{nok (sumGrants tiltak @root.tilskuddsår)}}`. */
    sumGrants(...args) {
      const [list, year] = split(args).params;
      return sumGrants(list, year);
    },
    /**
     * One row per scheme the plan, its frame or its measures name: the frame, what the
     * measures get for the year, and what is left.
     */
    frameRows(...args) {
      const [frames, list, year, schemes] = split(args).params;
      const named = new Set<string>([
        ...(Array.isArray(schemes) ? schemes.map(String) : []),
        ...(isRecord(frames) ? Object.keys(frames) : []),
        ...(Array.isArray(list) ? list.flatMap((row) => (isRecord(row) && typeof row['ordning'] === 'string' ? [row['ordning']] : [])) : []),
      ]);
      return Object.keys(SCHEMES)
        .filter((scheme) => named.has(scheme))
        .map((scheme) => {
          const frame = isRecord(frames) ? toNumber(frames[scheme]) : undefined;
          const innstilt = sumGrants(list, year, scheme);
          return { ordning: scheme, ramme: frame, innstilt, igjen: frame === undefined ? undefined : frame - innstilt };
        });
    },
    /** How long a measure lasts: "1. januar 2027 – 31. desember 2029", its years, or both. */
    duration(...args) {
      const { params, options } = split(args);
      const value = params[0];
      if (!isRecord(value)) return '';
      const lang = langOf(options);
      const parts: string[] = [];
      const span = formatPeriod(value['fra'], value['til'], lang, '…');
      if (span) parts.push(span);
      if (Array.isArray(value['år']) && value['år'].length > 0) parts.push(value['år'].map(plainValue).join(', '));
      return parts.join('; ');
    },
    /** Each owner's co-funding, with its form and, where given, the share it is counted from. */
    cofunding(...args) {
      const { params, options } = split(args);
      const lang = langOf(options);
      const list = Array.isArray(params[0]) ? params[0].filter(isRecord) : [];
      return list
        .map((row) => {
          const amount = toNumber(row['beløp']);
          const share = toNumber(row['andel']);
          const form = typeof row['form'] === 'string' ? (valueLabel('cofunding', row['form'], lang) ?? row['form']) : '';
          const words = { owner: plainValue(row['eier']), amount: amount === undefined ? plainValue(row['beløp']) : formatNok(amount, lang), form };
          if (share === undefined || share <= 0 || amount === undefined) return label(lang, 'cofunding.entry', words);
          // Rounded down, so 29,96 % is never shown as the 30 % it falls short of.
          const percent = formatNumber(Math.floor((amount / share) * 1000) / 10, lang);
          return label(lang, 'cofunding.share', { ...words, percent, share: formatNok(share, lang) });
        })
        .join('; ');
    },
  };
}
