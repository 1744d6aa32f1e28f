import { hasPartner } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'kl-ppt',
  severity: 'warning',
  summary: {
    nb: 'En plan i Kompetanseløftet har ikke PP-tjenesten med.',
    en: 'A Kompetanseløftet plan does not include the educational-psychological service (PPT).',
  },
  messages: {
    missing: {
      nb: 'Planen hører til Kompetanseløftet, men ingen part har rollen «ppt»; barnehage, skole og PPT bør helst alle være med i kompetansetiltaket.',
      en: 'The plan belongs to Kompetanseløftet, but no partner has the role "ppt"; kindergarten, school and PPT should all take part in the measure.',
    },
  },
  // «barnehage, skole og PPT [skal] alle være en del av kompetansetiltaket» (Statsforvalteren i Oslo og Viken, Kompetanseløftet).
  check({ plan, schemes, report }) {
    if (!schemes.includes('kompetanseløftet') || hasPartner(plan, ['ppt'])) return;
    report('missing', 'parter' in plan ? ['parter'] : [], {}, 'key');
  },
});
