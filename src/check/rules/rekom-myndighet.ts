import { isRecord, rolesOf, rows, sameName, textOf } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'rekom-myndighet',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Kommunen som barnehagemyndighet er ikke med blant partene i en REKOM-plan.',
    en: 'The municipality as kindergarten authority is not among the partners of a REKOM plan.',
  },
  messages: {
    none: {
      nb: 'Ingen part har rollen «barnehagemyndighet»; i regional ordning skal kommunen som lokal barnehagemyndighet være med. Legg kommunen til i «parter» med «roller: [barnehagemyndighet]».',
      en: 'No partner has the role "barnehagemyndighet"; under the regional scheme the municipality as local kindergarten authority is to take part. Add it to "parter" with "roller: [barnehagemyndighet]".',
    },
    named: {
      nb: '{kommune} er barnehagemyndighet, men ingen part har rollen «barnehagemyndighet»; legg {kommune} til i «parter» med «roller: [barnehagemyndighet]».',
      en: '{kommune} is the kindergarten authority, but no partner has the role "barnehagemyndighet"; add {kommune} to "parter" with "roller: [barnehagemyndighet]".',
    },
    other: {
      nb: 'Barnehagemyndigheten er {kommune}, men ingen part med rollen «barnehagemyndighet» heter det (de med rollen: {parter}).',
      en: 'The kindergarten authority is {kommune}, but no partner with the role "barnehagemyndighet" has that name (those with the role: {parter}).',
    },
  },
  // «For regional ordning skal også kommunen som lokal barnehagemyndighet være representert»
  // (Udir, mandat for samarbeidsforum); the kindergartens report their needs to «kommunen som
  // barnehagemyndigheit» (Statsforvaltaren i Vestland).
  check({ plan, report }) {
    const authority = isRecord(plan['barnehagemyndighet']) ? textOf(plan['barnehagemyndighet']['kommune'])?.trim() : undefined;
    const holders = rows(plan, 'parter').filter(({ row }) => rolesOf(row).has('barnehagemyndighet'));
    if (holders.length === 0) {
      report(authority ? 'named' : 'none', 'parter' in plan ? ['parter'] : [], authority ? { kommune: authority } : {}, 'key');
      return;
    }
    // A network's several municipalities are each an authority; the one named must be among them.
    if (!authority || holders.some(({ row }) => sameName(row['navn'], authority))) return;
    const names = holders.map(({ row }) => textOf(row['navn'])?.trim()).filter(Boolean);
    report('other', ['barnehagemyndighet', 'kommune'], { kommune: authority, parter: names.join(', ') || '–' });
  },
});
