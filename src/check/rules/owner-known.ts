import { isRecord, rolesOf, rows, textOf } from '../plan-data.js';
import { defineRule } from '../rule.js';
import { nearest } from '../../util/suggest.js';

/** Role words an `ansvarlig` may use for a partner of that role. */
const ROLE_WORDS: Record<string, readonly string[]> = {
  uh: ['uh', 'universitet', 'høgskole', 'høyskole', 'up1', 'up2'],
  skoleeier: ['skoleeier', 'kommunalsjef', 'kommunalområdeleder', 'oppvekstsjef', 'skolesjef'],
  barnehageeier: ['barnehageeier', 'barnehagesjef'],
  skoleleder: ['skoleleder', 'rektor', 'inspektør', 'avdelingsleder', 'ledelsen'],
  styrer: ['styrer', 'barnehageleder'],
  ressursperson: ['ressursperson'],
  skole: ['skole', 'lærer', 'kollegiet', 'personalet'],
  barnehage: ['barnehage', 'personalet'],
  fylke: ['fylke', 'fylkeskommune'],
  statsforvalter: ['statsforvalter'],
  ppt: ['ppt', 'pp-tjenesten', 'pp-tjeneste', 'pp-leder'],
  barnehagemyndighet: ['barnehagemyndighet', 'barnehagemyndigheten', 'barnehagekonsulent'],
  ks: ['ks'],
  pbl: ['pbl'],
  organisasjon: ['tillitsvalgt', 'tillitsvalgte', 'utdanningsforbundet', 'fagforbundet'],
  statped: ['statped'],
  nasjonalt_senter: ['senter', 'senteret', 'lesesenteret', 'matematikksenteret'],
  regionråd: ['regionråd', 'regionrådet', 'koordinator'],
  fagskole: ['fagskole', 'fagskolen'],
  up1: ['up1', 'utviklingspartner 1'],
  up2: ['up2', 'utviklingspartner 2'],
  annen: [],
};

const SEPARATORS = /\s*(?:,|;|\/|&|\+|\bog\b|\band\b)\s*/i;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[()«»"']/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Every name and role the plan gives, lower-case. */
function knownNames(plan: Record<string, unknown>): string[] {
  const names: string[] = [];
  const add = (value: unknown) => {
    const text = textOf(value);
    if (text && text.trim()) names.push(normalise(text));
  };
  add(plan['organisasjon']);
  const kontakt = plan['kontakt'];
  if (isRecord(kontakt)) {
    add(kontakt['navn']);
    add(kontakt['rolle']);
  }
  for (const { row } of rows(plan, 'parter')) {
    add(row['navn']);
    add(row['kontaktperson']);
    for (const role of rolesOf(row)) names.push(...(Object.hasOwn(ROLE_WORDS, role) ? ROLE_WORDS[role]! : [role]));
  }
  return names.filter((name) => name.length >= 2);
}

/** The names as the plan writes them, and the role words of its partners: what a suggestion may offer. */
function shownNames(plan: Record<string, unknown>): string[] {
  const names = new Set<string>();
  const add = (value: unknown) => {
    const text = textOf(value)?.trim();
    if (text) names.add(text);
  };
  add(plan['organisasjon']);
  const kontakt = plan['kontakt'];
  if (isRecord(kontakt)) {
    add(kontakt['navn']);
    add(kontakt['rolle']);
  }
  for (const { row } of rows(plan, 'parter')) {
    add(row['navn']);
    add(row['kontaktperson']);
    for (const role of rolesOf(row)) for (const word of Object.hasOwn(ROLE_WORDS, role) ? ROLE_WORDS[role]! : []) names.add(word);
  }
  return [...names];
}

function isKnown(part: string, names: readonly string[]): boolean {
  const wanted = normalise(part);
  if (wanted === '') return true;
  return names.some((name) => name.includes(wanted) || (name.length >= 3 && wanted.includes(name)));
}

export default defineRule({
  id: 'owner-known',
  severity: 'warning',
  summary: {
    nb: 'En «ansvarlig» er ingen av planens parter, kontaktpersoner eller roller.',
    en: 'An "ansvarlig" names no partner, contact person, contact or role of the plan.',
  },
  messages: {
    unknown: {
      nb: '«{owner}» er ikke nevnt blant partene, kontaktpersonene eller rollene i planen; legg til parten eller skriv et kjent navn.',
      en: '"{owner}" is not among the plan\'s partners, contact persons or roles; add the partner or use a known name.',
    },
    unknownNear: {
      nb: '«{owner}» er ikke nevnt blant partene, kontaktpersonene eller rollene i planen; mente du «{suggestion}»? Ellers legg til parten.',
      en: '"{owner}" is not among the plan\'s partners, contact persons or roles; did you mean "{suggestion}"? Otherwise add the partner.',
    },
  },
  check({ plan, report }) {
    const names = knownNames(plan);
    for (const list of ['mål', 'oppgaver', 'tidsplan']) {
      for (const { row, path } of rows(plan, list)) {
        const owner = textOf(row['ansvarlig']);
        if (!owner || !owner.trim()) continue;
        const parts = owner.split(SEPARATORS).filter((part) => part.trim() !== '');
        const unknown = parts.filter((part) => !isKnown(part, names));
        if (unknown.length === 0) continue;
        const suggestion = unknown.length === 1 ? nearest(unknown[0]!.trim(), shownNames(plan)) : undefined;
        if (suggestion) report('unknownNear', [...path, 'ansvarlig'], { owner: owner.trim(), suggestion });
        else report('unknown', [...path, 'ansvarlig'], { owner: owner.trim() });
      }
    }
  },
});
