import { isBlank, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'innstilling-uh',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Et prioritert tiltak har ikke universitet, høgskole eller nasjonalt senter.',
    en: 'A prioritised measure has no university or national centre.',
  },
  messages: {
    missing: {
      nb: '«{tiltak}» har ingen universitet, høgskole eller nasjonalt senter («uh»); eierne gjennomfører tiltakene i samarbeid og partnerskap med UH.',
      en: '"{tiltak}" has no university or national centre ("uh"); the owners carry out the measures in partnership with a university.',
    },
  },
  // «Eiere må etablere kontakt og samarbeid med universitet, høgskole eller et nasjonalt senter
  // underlagt en av disse, før behovsmelding sendes» (Statsforvalteren i Oslo og Viken 2023);
  // Udir's mandate asks the innstilling which owners and universities work together.
  check({ plan, report }) {
    for (const { row, path } of rows(plan, 'tiltak')) {
      const uh = row['uh'];
      const none = isBlank(uh) || (Array.isArray(uh) && uh.every(isBlank));
      if (none) report('missing', uh === undefined ? path : [...path, 'uh'], { tiltak: rowName(row, 'tittel', path) }, uh === undefined ? 'node' : 'key');
    }
  },
});
