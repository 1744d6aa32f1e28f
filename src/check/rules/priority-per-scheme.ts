import type { Scheme } from '../../kinds/schemes.js';
import { orList } from '../../messages/catalogue.js';
import { rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** The sectors whose priorities serve each scheme: kindergartens, schools, the team around the child. */
const SECTORS_OF: Readonly<Record<Scheme, readonly string[]>> = {
  rekom: ['barnehage'],
  dekom: ['grunnskole', 'vgo'],
  kompetanseløftet: ['laget_rundt'],
};

const SCHEME_NAMES: Readonly<Record<Scheme, string>> = { dekom: 'DEKOM', rekom: 'REKOM', kompetanseløftet: 'Kompetanseløftet' };

export default defineRule({
  id: 'priority-per-scheme',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Den langsiktige planen har ingen prioritering for en av ordningene den gjelder.',
    en: 'The long-term plan sets no priority for one of the schemes it covers.',
  },
  messages: {
    missing: {
      nb: 'Planen gjelder {scheme}, men ingen prioritering har sektor {sectors}; sett minst ett fokusområde for hver ordning.',
      en: 'The plan covers {scheme}, but no priority has the sector {sectors}; set at least one focus area for each scheme.',
    },
  },
  // Nordland's long-term plan covers all three schemes and sets fokusområder per sector
  // (Statsforvalteren i Nordland, langsiktig plan 2023–2026; skole; barnehage).
  check({ plan, schemes, lang, report }) {
    const priorities = rows(plan, 'prioriteringer');
    // No priorities at all is the schema's and `required`'s to say.
    if (priorities.length === 0) return;
    const sectors = new Set(priorities.map(({ row }) => row['sektor']));
    for (const scheme of schemes) {
      const wanted = SECTORS_OF[scheme];
      if (wanted.some((sector) => sectors.has(sector))) continue;
      report('missing', ['prioriteringer'], { scheme: SCHEME_NAMES[scheme], sectors: orList([...wanted], lang) }, 'key');
    }
  },
});
