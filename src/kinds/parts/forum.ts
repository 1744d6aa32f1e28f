import { choice, field, group, rows, text, yesNo, type Field, type Options } from '../../model/define.js';

/**
 * What a member of the samarbeidsforum represents: the groups Udir's mandate names,
 * «representanter for offentlige og private barnehage- og skoleeiere, universitet og
 * høyskole …, KS, PBL og lærerorganisasjonene», the municipality as kindergarten authority
 * under REKOM, and the statsforvalter who leads the forum's secretariat.
 */
export const FORUM_GROUPS: Options = {
  offentlig_eier: { nb: 'Offentlig barnehage- eller skoleeier', nn: 'Offentleg barnehage- eller skuleeigar', en: 'Public kindergarten or school owner' },
  privat_eier: { nb: 'Privat barnehage- eller skoleeier', nn: 'Privat barnehage- eller skuleeigar', en: 'Private kindergarten or school owner' },
  uh: { nb: 'Universitet/høgskole', nn: 'Universitet/høgskule', en: 'University/university college' },
  ks: { nb: 'KS', nn: 'KS', en: 'KS (local government association)' },
  pbl: { nb: 'PBL', nn: 'PBL', en: 'PBL (private kindergartens’ association)' },
  lærerorganisasjon: { nb: 'Lærerorganisasjon', nn: 'Lærarorganisasjon', en: 'Teachers’ union' },
  barnehagemyndighet: { nb: 'Kommunen som barnehagemyndighet', nn: 'Kommunen som barnehagemynde', en: 'Municipality as kindergarten authority' },
  statsforvalter: { nb: 'Statsforvalteren', nn: 'Statsforvaltaren', en: 'County Governor' },
  annen: { nb: 'Annen', nn: 'Annan', en: 'Other' },
};

/** How an owner pays its co-funding: «helt eller delvis i form av lønn/frikjøp». */
export const COFUNDING_FORMS: Options = {
  lønn_frikjøp: { nb: 'lønn/frikjøp', nn: 'løn/frikjøp', en: 'salary/release time' },
  kroner: { nb: 'kroner', nn: 'kroner', en: 'money' },
};

/** `samarbeidsforum`: the county's forum, which the statsforvalter serves as secretariat. */
export const forum: Field = field(
  'samarbeidsforum',
  group(
    field('navn', text(), {
      title: { nb: 'Navn', nn: 'Namn', en: 'Name' },
      help: { nb: 'Navnet på samarbeidsforumet.', en: 'The name of the collaboration forum.' },
    }),
    field('fylke', text(), {
      title: { nb: 'Fylke', nn: 'Fylke', en: 'County' },
      help: { nb: 'Fylket forumet dekker.', en: 'The county the forum covers.' },
    }),
    field('sekretariat', text(), {
      presence: 'recommended',
      title: { nb: 'Sekretariat', nn: 'Sekretariat', en: 'Secretariat' },
      help: { nb: 'Hvem som har sekretariatet, vanligvis statsforvalteren.', en: 'Who serves as secretariat, usually the County Governor.' },
    }),
  ),
  {
    title: { nb: 'Samarbeidsforum', nn: 'Samarbeidsforum', en: 'Collaboration forum' },
    help: {
      nb: 'Samarbeidsforumet: navn, fylke og sekretariat. Statsforvalteren har sekretariatsansvaret.',
      en: 'The collaboration forum: name, county and secretariat. The County Governor is responsible for the secretariat.',
    },
  },
);

/** `medlemmer`: who sits in the forum, what they represent, and whether they vote. */
export const members: Field = field(
  'medlemmer',
  rows(
    { nb: { a: 'et medlem', one: 'Medlem' }, nn: { a: 'eit medlem', one: 'Medlem' }, en: { a: 'a member', one: 'Member' } },
    [
      field('navn', text(), {
        title: { nb: 'Medlem', nn: 'Medlem', en: 'Member' },
        help: { nb: 'Hvem som sitter i forumet: organisasjonen, og gjerne personen.', en: 'Who sits in the forum: the organisation, and the person if you like.' },
      }),
      field('representerer', choice(FORUM_GROUPS), {
        title: { nb: 'Representerer', nn: 'Representerer', en: 'Represents' },
        help: {
          nb: 'Hva medlemmet representerer: offentlig_eier, privat_eier, uh, ks, pbl, lærerorganisasjon, barnehagemyndighet, statsforvalter eller annen.',
          en: 'What the member represents: offentlig_eier (public owner), privat_eier (private owner), uh, ks, pbl, lærerorganisasjon (union), barnehagemyndighet, statsforvalter or annen.',
        },
      }),
      field('stemmerett', yesNo({ nb: 'Medlemmet har stemmerett.', nn: 'Medlemmet har røysterett.', en: 'The member has a vote.' }), {
        presence: 'recommended',
        title: { nb: 'Stemmerett', nn: 'Røysterett', en: 'Vote' },
        help: {
          nb: 'Har medlemmet stemmerett når forumet ikke blir enig? Statsforvalteren kan ikke stemme.',
          en: 'Does the member vote when the forum cannot agree? The County Governor cannot vote.',
        },
      }),
    ],
    { min: 1, rowHelp: { nb: 'Et medlem av samarbeidsforumet.', en: 'A member of the collaboration forum.' } },
  ),
  {
    title: { nb: 'Medlemmer', nn: 'Medlemmer', en: 'Members' },
    help: {
      nb: 'Medlemmer: offentlige og private barnehage- og skoleeiere, universitet og høyskole, KS, PBL og lærerorganisasjonene; for regional ordning også kommunen som lokal barnehagemyndighet.',
      en: 'Public and private kindergarten and school owners, universities, KS, PBL and the teachers’ unions; for the regional scheme also the municipality as local kindergarten authority.',
    },
  },
);
