import { hasPartner, mentions } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'kl-statped',
  severity: 'warning',
  summary: {
    nb: 'En plan i Kompetanseløftet sier ikke hvordan Statpeds kompetanse overføres.',
    en: 'A Kompetanseløftet plan does not say how Statped’s competence is passed on.',
  },
  messages: {
    missing: {
      nb: 'Planen hører til Kompetanseløftet, men nevner ikke Statped; tiltakene skal bidra til nødvendig overføring av kompetanse fra Statped.',
      en: 'The plan belongs to Kompetanseløftet but does not mention Statped; the measures are to pass on the necessary competence from Statped.',
    },
  },
  // Tiltak shall «bidra til nødvendig overføring av kompetanse fra Statped» (Udir, Kompetanseløftet).
  check({ plan, schemes, report }) {
    if (!schemes.includes('kompetanseløftet') || hasPartner(plan, ['statped']) || mentions(plan, /statped/i)) return;
    report('missing', 'parter' in plan ? ['parter'] : [], {}, 'key');
  },
});
