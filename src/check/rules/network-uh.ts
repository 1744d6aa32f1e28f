import { isBlank, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'network-uh',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Et kompetansenettverk i den langsiktige planen har ikke universitet eller høgskole.',
    en: 'A competence network in the long-term plan has no university.',
  },
  messages: {
    missing: {
      nb: 'Kompetansenettverket «{network}» har ikke universitet eller høgskole («uh»); eierne gjennomfører kompetansetiltakene i samarbeid og partnerskap med UH.',
      en: 'The competence network "{network}" has no university ("uh"); the owners carry out the measures in partnership with a university.',
    },
  },
  // «Barnehage- og skoleeiere gjennomfører kompetansetiltakene i samarbeid og partnerskap med
  // universitet og høgskoler» (Statsforvalteren i Oslo og Viken); Agder's forum seats its
  // regional networks beside UiA (Statsforvalteren i Agder).
  check({ plan, report }) {
    for (const { row, path } of rows(plan, 'kompetansenettverk')) {
      if (!isBlank(row['uh'])) continue;
      report('missing', [...path, 'uh'], { network: rowName(row, 'navn', path) }, row['uh'] === undefined ? 'node' : 'key');
    }
  },
});
