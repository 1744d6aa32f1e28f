import { dayOf } from '../../util/dates.js';
import { isRecord, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';
import { MAX_GRANT_YEARS } from './cost-year.js';

/** The day three years after `from`: a measure from 1 January 2027 may last to 31 December 2029. */
function threeYearsAfter(from: string): string {
  const shifted = `${Number(from.slice(0, 4)) + MAX_GRANT_YEARS}${from.slice(4)}`;
  // 29 February has no day three years on; the span then ends with February.
  return dayOf(shifted) ?? `${shifted.slice(0, 4)}-03-01`;
}

export default defineRule({
  id: 'max-three-years',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Et prioritert tiltak varer, eller får tilskudd, i mer enn tre år.',
    en: 'A prioritised measure lasts, or is funded, for more than three years.',
  },
  messages: {
    period: {
      nb: '«{tiltak}» varer fra {fra} til {til}, mer enn tre år; det kan meldes behov for inntil tre år.',
      en: '"{tiltak}" lasts from {fra} to {til}, more than three years; needs can be reported for up to three years.',
    },
    years: {
      nb: '«{tiltak}» går i {count} år ({years}); det kan meldes behov for inntil tre år.',
      en: '"{tiltak}" runs for {count} years ({years}); needs can be reported for up to three years.',
    },
    grants: {
      nb: '«{tiltak}» har tilskudd for {count} år ({years}); det kan meldes behov for inntil tre år.',
      en: '"{tiltak}" has grants for {count} years ({years}); needs can be reported for up to three years.',
    },
  },
  // Owners «kan melde partnerskapets behov for midler for inntil tre år» (Statsforvalteren i
  // Oslo og Viken 2024).
  check({ plan, report }) {
    for (const { row, path } of rows(plan, 'tiltak')) {
      const tiltak = rowName(row, 'tittel', path);
      const duration = row['varighet'];
      if (isRecord(duration)) {
        const fra = dayOf(duration['fra']);
        const til = dayOf(duration['til']);
        if (fra && til && til >= threeYearsAfter(fra)) report('period', [...path, 'varighet', 'til'], { tiltak, fra, til });
        const years = Array.isArray(duration['år']) ? [...new Set(duration['år'].filter((year) => typeof year === 'number'))] : [];
        if (years.length > MAX_GRANT_YEARS) report('years', [...path, 'varighet', 'år'], { tiltak, count: years.length, years: years.join(', ') });
      }
      const grants = isRecord(row['tilskudd']) ? Object.keys(row['tilskudd']) : [];
      if (grants.length > MAX_GRANT_YEARS) report('grants', [...path, 'tilskudd'], { tiltak, count: grants.length, years: grants.join(', ') }, 'key');
    }
  },
});
