import { rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'cost-year',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Et kompetansebehov har kostnad, men går ikke i innstillingsåret.',
    en: 'A competence need has a cost but does not run in the year applied for.',
  },
  messages: {
    year: {
      nb: '«{need}» har kostnad, men «år» ({years}) inneholder ikke innstillingsåret {year}; kostnader beregnes bare for innstillingsåret.',
      en: '"{need}" has a cost, but "år" ({years}) does not include the year applied for, {year}; costs are for that year only.',
    },
  },
  check({ plan, report }) {
    const year = plan['innstillingsår'];
    if (typeof year !== 'number') return;
    for (const { row, path } of rows(plan, 'kompetansebehov')) {
      if (typeof row['kostnad'] !== 'number') continue;
      const years = row['år'];
      // A malformed `år` is the schema's to report; this rule reads only a list of years.
      if (!Array.isArray(years) || years.includes(year)) continue;
      const need = rowName(row, 'behov', path);
      report('year', path, { need, years: years.join(', ') || '–', year });
    }
  },
});
