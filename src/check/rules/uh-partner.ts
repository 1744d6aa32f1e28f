import { rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'uh-partner',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Nettverksplan eller kompetanseplan uten universitet/høgskole (rolle: uh) blant partene.',
    en: 'A nettverksplan or kompetanseplan without a university partner (rolle: uh).',
  },
  messages: {
    missing: {
      nb: 'Planen har ingen part med «rolle: uh»; planlegging, gjennomføring og vurdering skal skje i partnerskap med universitet eller høgskole.',
      en: 'The plan has no partner with "rolle: uh"; planning, delivery and evaluation are to be done in partnership with a university.',
    },
  },
  check({ plan, report }) {
    if (rows(plan, 'parter').some(({ row }) => row['rolle'] === 'uh')) return;
    report('missing', 'parter' in plan ? ['parter'] : [], {}, 'key');
  },
});
