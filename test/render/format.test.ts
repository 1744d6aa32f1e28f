import { describe, expect, it } from 'vitest';
import { isFilledValue } from '../../src/render/filled.js';
import { formatDate, formatMeetingTime, formatPeriod } from '../../src/render/format/dates.js';
import { formatNok, formatNumber } from '../../src/render/format/numbers.js';
import { sortRows } from '../../src/render/format/sort.js';
import { renderDate, resolveDocumentLang, resolveFormat } from '../../src/render/options.js';

const NBSP = '\u00a0';

describe('dates', () => {
  it.each([
    ['nb', '15. mars 2026'],
    ['nn', '15. mars 2026'],
    ['en', '15 March 2026'],
  ] as const)('writes 2026-03-15 in %s as "%s"', (lang, expected) => {
    expect(formatDate('2026-03-15', lang)).toBe(expected);
  });

  it('takes the day of a date-time and refuses what is not a real date', () => {
    expect(formatDate('2026-12-01T08:30', 'nb')).toBe('1. desember 2026');
    expect(formatDate('2026-02-30', 'nb')).toBeUndefined();
    expect(formatDate('15.03.2026', 'nb')).toBeUndefined();
    expect(formatDate(undefined, 'nb')).toBeUndefined();
  });

  it.each([
    ['2026-08-01', '2027-06-30', 'nb', '1. august 2026 – 30. juni 2027'],
    ['2026-08-01', '2026-12-18', 'nb', '1. august – 18. desember 2026'],
    ['2026-03-01', '2026-03-15', 'nb', '1.–15. mars 2026'],
    ['2026-03-15', '2026-03-15', 'nn', '15. mars 2026'],
    ['2026-08-01', '2027-06-30', 'en', '1 August 2026 – 30 June 2027'],
    ['2026-03-01', '2026-03-15', 'en', '1–15 March 2026'],
  ] as const)('writes the period %s–%s in %s as "%s"', (from, to, lang, expected) => {
    expect(formatPeriod(from, to, lang)).toBe(expected);
  });

  it('writes the known end of a half-open period, with the marker for the other', () => {
    expect(formatPeriod('2026-08-01', undefined, 'nb', 'Ikke utfylt')).toBe('1. august 2026 – Ikke utfylt');
    expect(formatPeriod(undefined, '2027-06-30', 'en', 'Not filled in')).toBe('Not filled in – 30 June 2027');
    expect(formatPeriod(undefined, undefined, 'nb', 'Ikke utfylt')).toBeUndefined();
  });

  it('writes meetings with weekday and Norwegian clock times, in nynorsk weekdays too', () => {
    expect(formatMeetingTime('2026-09-24T08:30', '2026-09-24T14:30', 'nb')).toBe('Torsdag 24. september 2026, kl. 08.30–14.30');
    expect(formatMeetingTime('2026-09-21T08:30', undefined, 'nn')).toBe('Måndag 21. september 2026, kl. 08.30');
    expect(formatMeetingTime('2026-09-22', undefined, 'nn')).toBe('Tysdag 22. september 2026');
    expect(formatMeetingTime('2026-09-26', undefined, 'nb')).toBe('Lørdag 26. september 2026');
    expect(formatMeetingTime('2026-09-24T08:30', '2026-09-24T14:30', 'en')).toBe('Thursday 24 September 2026, 08:30–14:30');
    expect(formatMeetingTime('2026-09-24T12:00', '2026-09-25T12:00', 'nb')).toBe(
      'Torsdag 24. september 2026, kl. 12.00 – fredag 25. september 2026, kl. 12.00',
    );
  });
});

describe('numbers and amounts', () => {
  it('groups kroner in threes with no-break spaces: "1 250 000 kr"', () => {
    expect(formatNok(1_250_000, 'nb')).toBe(`1${NBSP}250${NBSP}000${NBSP}kr`);
    expect(formatNok(420_000, 'nn')).toBe(`420${NBSP}000${NBSP}kr`);
    expect(formatNok(950, 'nb')).toBe(`950${NBSP}kr`);
    expect(formatNok(1_250_000, 'en')).toBe(`NOK${NBSP}1,250,000`);
  });

  it('shows øre as two digits, and only when the amount has some', () => {
    expect(formatNok(1250.5, 'nb')).toBe(`1${NBSP}250,50${NBSP}kr`);
    expect(formatNok(1250, 'nb')).toBe(`1${NBSP}250${NBSP}kr`);
  });

  it('writes numbers with the decimals they have, grouped, never in exponent form', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(3.5, 'nb')).toBe('3,5');
    expect(formatNumber(0.125, 'nn')).toBe('0,125');
    expect(formatNumber(1_234_567, 'nb')).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(380, 'nb')).toBe('380');
  });
});

describe('sorting tasks and meetings', () => {
  it('orders by date, a day before the same day with a time, undated rows last in their order', () => {
    const rows = [
      { id: 'a', frist: '2027-03-19' },
      { id: 'b' },
      { id: 'c', frist: '2026-08-28T12:00' },
      { id: 'd', frist: '2026-08-28' },
      { id: 'e', frist: 'snart' },
      { id: 'f', frist: '2026-09-01' },
    ];
    expect(sortRows<{ id: string }>(rows, 'frist').map((row) => row.id)).toEqual(['d', 'c', 'f', 'a', 'b', 'e']);
  });

  it('orders by number, keeps ties in the author’s order, and leaves the plan untouched', () => {
    const rows = [{ p: 3 }, { p: 1, n: 1 }, { p: 1, n: 2 }, {}];
    expect(sortRows(rows, 'p')).toEqual([{ p: 1, n: 1 }, { p: 1, n: 2 }, { p: 3 }, {}]);
    expect(rows[0]).toEqual({ p: 3 });
    expect(sortRows(undefined, 'p')).toEqual([]);
  });
});

describe('what counts as filled in', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['  \n', false],
    ['Klikk eller trykk her for å skrive inn tekst.', false],
    ['TODO', false],
    [[], false],
    [{ ledere: '', deltakere: 'Velg et element.' }, false],
    ['TODO: skriv mer, men dette er tekst', true],
    [0, true],
    [false, true],
    [{ ledere: 'Rektorene får planen i juni.' }, true],
  ])('%j → %s', (value, filled) => {
    expect(isFilledValue(value)).toBe(filled);
  });
});

describe('options', () => {
  it('takes the format from --format, else the extension, else Markdown on standard output', () => {
    expect(resolveFormat({})).toBe('md');
    expect(resolveFormat({ output: '-' })).toBe('md');
    expect(resolveFormat({ output: 'plan.docx' })).toBe('docx');
    expect(resolveFormat({ output: 'PLAN.DOCX' })).toBe('docx');
    expect(resolveFormat({ output: 'plan.md' })).toBe('md');
    expect(resolveFormat({ output: 'plan.markdown' })).toBe('md');
    expect(resolveFormat({ output: 'plan.txt', format: 'docx' })).toBe('docx');
    expect(() => resolveFormat({ output: 'plan.pdf' })).toThrow();
  });

  it('takes the language from --lang, then the plan, then bokmål', () => {
    expect(resolveDocumentLang('en', { språk: 'nn' })).toBe('en');
    expect(resolveDocumentLang(undefined, { språk: 'nn' })).toBe('nn');
    expect(resolveDocumentLang(undefined, {})).toBe('nb');
    expect(resolveDocumentLang(undefined, { språk: 'se' })).toBe('nb');
  });

  it('dates the document by SOURCE_DATE_EPOCH when it is set', () => {
    expect(renderDate({ SOURCE_DATE_EPOCH: '1773532800' })).toBe('2026-03-15');
    expect(renderDate({}, new Date(2026, 10, 24, 12))).toBe('2026-11-24');
  });
});
