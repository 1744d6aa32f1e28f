import type { Scheme } from '../../kinds/schemes.js';
import { orList } from '../../messages/catalogue.js';
import { rows } from '../plan-data.js';
import { defineRule } from '../rule.js';
import type { MessageLang } from '../types.js';

/** How a message names each group a forum lacks. */
const WORDS: Record<MessageLang, Record<string, string>> = {
  nb: {
    offentlig_eier: 'offentlige eiere',
    privat_eier: 'private eiere',
    uh: 'universitet eller høgskole',
    ks: 'KS',
    pbl: 'PBL',
    lærerorganisasjon: 'lærerorganisasjonene',
    barnehagemyndighet: 'kommunen som barnehagemyndighet',
  },
  nn: {
    offentlig_eier: 'offentlege eigarar',
    privat_eier: 'private eigarar',
    uh: 'universitet eller høgskule',
    ks: 'KS',
    pbl: 'PBL',
    lærerorganisasjon: 'lærarorganisasjonane',
    barnehagemyndighet: 'kommunen som barnehagemyndigheit',
  },
  en: {
    offentlig_eier: 'public owners',
    privat_eier: 'private owners',
    uh: 'a university',
    ks: 'KS',
    pbl: 'PBL',
    lærerorganisasjon: 'the teachers’ unions',
    barnehagemyndighet: 'the municipality as kindergarten authority',
  },
};

/** The groups Udir's mandate seats in every forum. */
const ALWAYS = ['offentlig_eier', 'privat_eier', 'uh', 'ks', 'lærerorganisasjon'] as const;

/**
 * The groups a forum of these schemes must seat: the mandate's, with PBL where kindergartens
 * are in scope and the municipality as kindergarten authority under the regional scheme.
 */
export function requiredGroups(schemes: readonly Scheme[]): string[] {
  const kindergartens = schemes.includes('rekom') || schemes.includes('kompetanseløftet');
  return [...ALWAYS, ...(kindergartens ? ['pbl'] : []), ...(schemes.includes('rekom') ? ['barnehagemyndighet'] : [])];
}

export default defineRule({
  id: 'forum-composition',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Samarbeidsforumet mangler en gruppe mandatet sier skal være representert.',
    en: 'The collaboration forum lacks a group the mandate says is to be represented.',
  },
  messages: {
    missing: {
      nb: 'Ingen av medlemmene representerer {groups}; samarbeidsforumet skal ha representanter for offentlige og private barnehage- og skoleeiere, UH, KS, PBL og lærerorganisasjonene, og i regional ordning kommunen som barnehagemyndighet.',
      en: 'No member represents {groups}; the forum is to seat public and private kindergarten and school owners, the universities, KS, PBL and the teachers’ unions, and under the regional scheme the municipality as kindergarten authority.',
    },
  },
  // Members are «representanter for offentlige og private barnehage- og skoleeiere, universitet
  // og høyskole med geografisk nærhet til regionen, KS, PBL og lærerorganisasjonene. For regional
  // ordning skal også kommunen som lokal barnehagemyndighet være representert» (Udir, mandat).
  check({ plan, schemes, lang, report }) {
    const members = rows(plan, 'medlemmer');
    // A forum with no members listed is `required`'s to report.
    if (members.length === 0) return;
    const seated = new Set(members.map(({ row }) => row['representerer']));
    const missing = requiredGroups(schemes).filter((group) => !seated.has(group));
    if (missing.length === 0) return;
    const names = missing.map((group) => WORDS[lang][group]!);
    report('missing', ['medlemmer'], { groups: orList(names, lang) }, 'key');
  },
});
