import { rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'kl-private',
  severity: 'warning',
  summary: {
    nb: 'En plan i Kompetanseløftet har ingen private barnehager eller skoler med.',
    en: 'A Kompetanseløftet plan includes no private kindergartens or schools.',
  },
  messages: {
    missing: {
      nb: 'Planen hører til Kompetanseløftet, men ingen part eller barnehage er privat («eierform: privat»); kommunen er ansvarlig for at også private barnehager og skoler involveres.',
      en: 'The plan belongs to Kompetanseløftet, but no partner or kindergarten is private ("eierform: privat"); the municipality is responsible for involving private kindergartens and schools too.',
    },
  },
  // «Kommunen er ansvarlig for at også private barnehager og skoler involveres»
  // (Statsforvalteren i Oslo og Viken, Kompetanseløftet); private owners take part less (Udir 2026).
  check({ plan, schemes, report }) {
    if (!schemes.includes('kompetanseløftet')) return;
    const isPrivate = (list: string) => rows(plan, list).some(({ row }) => row['eierform'] === 'privat');
    if (isPrivate('parter') || isPrivate('barnehager')) return;
    report('missing', 'parter' in plan ? ['parter'] : [], {}, 'key');
  },
});
