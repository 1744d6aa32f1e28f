import { isRecord, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** Owners may report a need for up to three years (Statsforvalteren i Oslo og Viken 2024). */
export const MAX_GRANT_YEARS = 3;

export default defineRule({
  id: 'cost-year',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Kostnaden eller tilskuddet til et kompetansebehov hører til år behovet ikke går, eller til mer enn tre år.',
    en: 'A competence need’s cost or grant belongs to years it does not run in, or to more than three years.',
  },
  messages: {
    year: {
      nb: '«{need}» har kostnad, men «år» ({years}) inneholder ikke innstillingsåret {year}; kostnader beregnes bare for innstillingsåret.',
      en: '"{need}" has a cost, but "år" ({years}) does not include the year applied for, {year}; costs are for that year only.',
    },
    grantYear: {
      nb: '«{need}» har tilskudd for {year}, men «år» ({years}) inneholder ikke det året.',
      en: '"{need}" has a grant for {year}, but "år" ({years}) does not include that year.',
    },
    both: {
      nb: '«{need}» har både «kostnad» og «tilskudd»; bruk «tilskudd» per år, og ta bort «kostnad».',
      en: '"{need}" has both "kostnad" and "tilskudd"; give "tilskudd" per year and remove "kostnad".',
    },
    tooManyYears: {
      nb: '«{need}» har tilskudd for {count} år; det kan meldes behov for inntil tre år.',
      en: '"{need}" has grants for {count} years; needs can be reported for up to three years.',
    },
  },
  check({ plan, report, lang }) {
    const year = plan['innstillingsår'];
    for (const { row, path } of rows(plan, 'kompetansebehov')) {
      const years = row['år'];
      // A malformed `år` is the schema's to report; this rule reads only a list of years.
      if (!Array.isArray(years)) continue;
      const need = rowName(row, 'behov', path, lang);
      const listed = years.join(', ') || '–';
      const grants = row['tilskudd'];
      if (isRecord(grants)) {
        if (row['kostnad'] !== undefined) report('both', [...path, 'kostnad'], { need }, 'key');
        const granted = Object.keys(grants);
        if (granted.length > MAX_GRANT_YEARS) report('tooManyYears', [...path, 'tilskudd'], { need, count: granted.length }, 'key');
        for (const grantYear of granted) {
          if (!years.includes(Number(grantYear))) report('grantYear', [...path, 'tilskudd', grantYear], { need, year: grantYear, years: listed }, 'key');
        }
        continue;
      }
      if (typeof year !== 'number' || typeof row['kostnad'] !== 'number' || years.includes(year)) continue;
      report('year', path, { need, years: listed, year });
    }
  },
});
