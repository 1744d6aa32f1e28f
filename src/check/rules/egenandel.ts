import { defineRule } from '../rule.js';

export default defineRule({
  id: 'egenandel',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Kompetanseplanen bekrefter ikke egenandelen («egenandel_bekreftet: true»).',
    en: 'The competence plan does not confirm the co-funding ("egenandel_bekreftet: true").',
  },
  messages: {
    missing: {
      nb: 'Bekreft at alle kommunene/friskolene i nettverket oppfyller kravet til egenandel (30 % av tilskuddet): «egenandel_bekreftet: true».',
      en: 'Confirm that every owner in the network meets the co-funding requirement (30 % of the grant): "egenandel_bekreftet: true".',
    },
  },
  check({ plan, report }) {
    if (plan['egenandel_bekreftet'] !== true) report('missing', ['egenandel_bekreftet']);
  },
});
