/**
 * Numbers and amounts as Norwegian readers write them, for documents and for the messages
 * of the rules that add up money alike.
 */

/** The languages numbers are written in: bokmål, nynorsk, English. */
export type NumberLang = 'nb' | 'nn' | 'en';

/** No-break space: Norwegian digit groups and "kr" must never be split over two lines. */
export const NBSP = '\u00a0';

const LOCALES: Readonly<Record<NumberLang, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: NumberLang, fractionDigits: { min: number; max: number }): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits.min}:${fractionDigits.max}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: fractionDigits.min, maximumFractionDigits: fractionDigits.max });
    formatters.set(key, format);
  }
  return format;
}

/**
 * A number as the document's language writes it: "1 234 567" (no-break spaces) and "3,5"
 * in Norwegian, "1,234,567" and "3.5" in English. Decimals are kept as written, up to six,
 * so a value is never rounded into another one.
 */
export function formatNumber(value: number, lang: NumberLang): string {
  // Some ICU versions group with a narrow no-break space; Norwegian documents use the plain one.
  return formatter(lang, { min: 0, max: 6 }).format(value).replace(/\u202f/g, NBSP);
}

/**
 * "1 250 000 kr" as Norwegian documents write amounts; "NOK 1,250,000" in English. Øre are
 * shown, always as two digits, only when the amount has them.
 */
export function formatNok(value: number, lang: NumberLang): string {
  const digits = Number.isInteger(value) ? { min: 0, max: 0 } : { min: 2, max: 2 };
  const number = formatter(lang, digits).format(value).replace(/\u202f/g, NBSP);
  return lang === 'en' ? `NOK${NBSP}${number}` : `${number}${NBSP}kr`;
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return undefined;
}
