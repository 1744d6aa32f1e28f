import { hasPartner } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** A university or university college, or a national centre under one, counts as the UH partner. */
export const UH_ROLES = ['uh', 'nasjonalt_senter'] as const;

export default defineRule({
  id: 'uh-partner',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Planen har ikke universitet/høgskole eller nasjonalt senter (rolle: uh eller nasjonalt_senter) blant partene.',
    en: 'The plan has no university or national centre (role uh or nasjonalt_senter) among its partners.',
  },
  messages: {
    missing: {
      nb: 'Planen har ingen part med rollen «uh» eller «nasjonalt_senter»; planlegging, gjennomføring og vurdering skal skje i partnerskap med universitet, høgskole eller et nasjonalt senter.',
      en: 'The plan has no partner with the role "uh" or "nasjonalt_senter"; planning, delivery and evaluation are to be done in partnership with a university or a national centre.',
    },
  },
  // «Eiere må etablere kontakt og samarbeid med universitet, høgskole eller et nasjonalt
  // senter underlagt en av disse» (Statsforvalteren i Oslo og Viken 2023).
  check({ plan, report }) {
    if (hasPartner(plan, UH_ROLES)) return;
    report('missing', 'parter' in plan ? ['parter'] : [], {}, 'key');
  },
});
