import { defineRule } from '../rule.js';

export default defineRule({
  id: 'egenandel',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'En plan i desentralisert ordning bekrefter ikke egenandelen («egenandel_bekreftet: true»).',
    en: 'A plan under the decentralised scheme does not confirm the co-funding ("egenandel_bekreftet: true").',
  },
  messages: {
    missing: {
      nb: 'Bekreft at alle skoleeierne i nettverket (kommuner, fylkeskommuner og private skoleeiere) oppfyller kravet til egenandel (30 % av tilskuddet): «egenandel_bekreftet: true».',
      en: 'Confirm that every school owner in the network (municipalities, county authorities and private owners) meets the co-funding requirement (30 % of the grant): "egenandel_bekreftet: true".',
    },
  },
  // «I desentralisert ordning stilles det krav til alle skoleeiere om å bidra med en egenandel
  // på 30 prosent» (Statsforvalteren i Innlandet); REKOM and Kompetanseløftet ask for none.
  check({ plan, schemes, report }) {
    if (!schemes.includes('dekom')) return;
    if (plan['egenandel_bekreftet'] !== true) report('missing', ['egenandel_bekreftet']);
  },
});
