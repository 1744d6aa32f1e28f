import type { DocumentLang } from '../../messages/render.js';

/** No-break space: Norwegian digit groups and "kr" must never be split over two lines. */
export const NBSP = '\u00a0';

/**
 * Digits grouped in threes: "1 250 000" (no-break spaces) in Norwegian, "1,250,000" in
 * English; decimals only when the number has them.
 */
export function formatNumber(value: number, lang: DocumentLang): string {
  const negative = value < 0;
  const fixed = Number.isInteger(value) ? Math.abs(value).toFixed(0) : Math.abs(value).toFixed(2);
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const group = lang === 'en' ? ',' : NBSP;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimal = lang === 'en' ? '.' : ',';
  return `${negative ? '−' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** "1 250 000 kr" as Norwegian documents write amounts; "NOK 1,250,000" in English. */
export function formatNok(value: number, lang: DocumentLang): string {
  const number = formatNumber(value, lang);
  return lang === 'en' ? `NOK${NBSP}${number}` : `${number}${NBSP}kr`;
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return undefined;
}
