/**
 * Values other than dates as Norwegian and English documents write them, read back into
 * what a plan holds: "1 250 000 kr" as 1250000, "Ja" as true, "2026 og 2027" as years.
 * Dates are read in norwegian-dates.ts.
 */

/** "1 250 000 kr", "NOK 1,250,000", "3,5", "12 timer": a number as the document's language writes it. */
export function readNumber(text: string, english: boolean): number | undefined {
  let cleaned = text
    .replace(/\b(?:kr|nok|kroner|timer|timar|hours|t)\b\.?|,-/gi, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/−/g, '-');
  if (cleaned === '') return undefined;
  if (english) cleaned = cleaned.replace(/,(?=\d{3}\b)/g, '');
  else if (cleaned.includes(',')) cleaned = cleaned.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) cleaned = cleaned.replace(/\./g, '');
  if (!/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** "Ja", "Nei", "Yes", "No", or a ticked box; undefined when the answer is open. */
export function readYesNo(text: string): boolean | undefined {
  const cleaned = text.trim().replace(/[.!]$/, '').toLowerCase();
  if (/^(?:ja|yes|j|y|x|☒|✓|✔|true)$/.test(cleaned)) return true;
  if (/^(?:nei|no|n|☐|false)$/.test(cleaned)) return false;
  return undefined;
}

/** "2026, 2027", "2026 og 2027", "2026–2028": the years a measure runs. */
export function readYears(text: string): { years: number[]; interpreted?: string } | undefined {
  const years: number[] = [];
  let interpreted: string | undefined;
  for (const part of text.split(/\s*(?:,|;|\/|\bog\b|\band\b|&)\s*/)) {
    if (part.trim() === '') continue;
    const range = /^(\d{4})\s*[–—-]\s*(\d{2,4})$/.exec(part.trim());
    if (range) {
      const from = Number(range[1]);
      const to = range[2]!.length === 2 ? 2000 + Number(range[2]) : Number(range[2]);
      if (to < from || to - from > 10) return undefined;
      for (let y = from; y <= to; y++) years.push(y);
      interpreted = text.trim();
      continue;
    }
    if (!/^\d{4}$/.test(part.trim())) return undefined;
    years.push(Number(part));
  }
  return years.length > 0 ? { years, ...(interpreted ? { interpreted } : {}) } : undefined;
}

/** "2026: 600 000 kr; 2027: 550 000 kr": amounts by year, as the document prints a grant per year. */
export function readAmountsByYear(text: string, english: boolean): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const part of text.split(/\s*;\s*/)) {
    if (part.trim() === '') continue;
    const found = /^(\d{4})\s*:\s*(.+)$/.exec(part.trim());
    const amount = found ? readNumber(found[2]!, english) : undefined;
    if (!found || amount === undefined) return undefined;
    out[found[1]!] = amount;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
