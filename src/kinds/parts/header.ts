import { choice, date, email, field, group, heading, list, period, text, type Heading, type Presence } from '../../model/define.js';
import { SCHEMES } from '../schemes.js';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;

/**
 * The keys every plan opens with, in the order `init` asks them: the facts of the title
 * page. `type` names the kind; the rest is the same for all, except that a kind whose plans
 * span schemes of their own choosing (the county's recommendation) requires `ordning`.
 */
export function header(kind: string, { ordning = 'recommended' }: { ordning?: Presence } = {}): Heading {
  return heading('forside', {
    title: { nb: 'Forside', nn: 'Framside', en: 'Title page' },
    show: { partial: 'front-matter', noHeading: true },
    sections: [
      field('dekom', { type: 'literal', value: 1 }, {
        title: { nb: 'Formatversjon', nn: 'Formatversjon', en: 'Format version' },
        help: { nb: 'Formatversjon for dekom-planer. Alltid 1.', nn: 'Formatversjon for dekom-planar. Alltid 1.', en: 'Format version of dekom plans. Always 1.' },
      }),
      field('type', { type: 'literal', value: kind }, {
        title: { nb: 'Plantype', nn: 'Plantype', en: 'Plan type' },
        help: { nb: 'Plantype.', nn: 'Plantype.', en: 'Plan type.' },
      }),
      field('tittel', text(), {
        title: { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
        help: { nb: 'Planens tittel.', nn: 'Tittelen på planen.', en: 'The title of the plan.' },
      }),
      field('organisasjon', text(), {
        title: { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
        help: { nb: 'Hvem planen gjelder for: skolen, kommunen eller nettverket.', nn: 'Kven planen gjeld for: skulen, kommunen eller nettverket.', en: 'Whose plan it is: the school, the municipality or the network.' },
      }),
      field('ordning', list(choice(SCHEMES), 1), {
        presence: ordning,
        title: { nb: 'Ordning', nn: 'Ordning', en: 'Grant scheme' },
        help: {
          nb: 'Ordningen planen hører til: dekom (desentralisert ordning, grunnskole og videregående), rekom (regional ordning, barnehage) og/eller kompetanseløftet (Kompetanseløftet for spesialpedagogikk og inkluderende praksis). En plan kan høre til flere.',
          nn: 'Ordninga planen høyrer til: dekom (desentralisert ordning, grunnskule og vidaregåande), rekom (regional ordning, barnehage) og/eller kompetanseløftet (Kompetanseløftet for spesialpedagogikk og inkluderande praksis). Ein plan kan høyre til fleire.',
          en: 'The grant scheme the plan belongs to: dekom (the decentralised scheme, schools), rekom (the regional scheme, kindergartens) and/or kompetanseløftet (special needs education and inclusive practice). A plan may belong to several.',
        },
      }),
      field(
        'språk',
        choice({
          nb: { nb: 'bokmål', nn: 'bokmål', en: 'Norwegian Bokmål' },
          nn: { nb: 'nynorsk', nn: 'nynorsk', en: 'Norwegian Nynorsk' },
          en: { nb: 'engelsk', nn: 'engelsk', en: 'English' },
        }),
        {
          presence: 'optional',
          title: { nb: 'Språk', nn: 'Språk', en: 'Language' },
          help: {
            nb: 'Språket planen skrives ut på: nb (bokmål, standard), nn (nynorsk) eller en (engelsk).',
            nn: 'Språket planen blir skriven ut på: nb (bokmål, standard), nn (nynorsk) eller en (engelsk).',
            en: 'The language the plan is rendered in: nb (bokmål, default), nn (nynorsk) or en (English).',
          },
          ask: { default: 'nb' },
          // The document is written in it; it is not a fact the document states.
          show: { hidden: true },
        },
      ),
      field('periode', period(
        field('fra', date(), {
          title: { nb: 'Fra', nn: 'Frå', en: 'From' },
          help: { nb: 'Første dag i perioden planen gjelder for (ÅÅÅÅ-MM-DD).', nn: 'Første dag i perioden planen gjeld for (ÅÅÅÅ-MM-DD).', en: 'First day of the period the plan applies to (YYYY-MM-DD).' },
        }),
        field('til', date(), {
          title: { nb: 'Til', nn: 'Til', en: 'To' },
          help: {
            nb: 'Siste dag i perioden planen gjelder for (ÅÅÅÅ-MM-DD). Må være etter «fra».',
            nn: 'Siste dag i perioden planen gjeld for (ÅÅÅÅ-MM-DD). Må vere etter «fra».',
            en: 'Last day of the period the plan applies to (YYYY-MM-DD). Must be after "fra".',
          },
          ask: { after: 'fra' },
        }),
      ), {
        title: { nb: 'Tidsrom', nn: 'Tidsrom', en: 'Period' },
        help: {
          nb: 'Tidsrom: fra dato til dato. Hvem gjelder planen for, og for hvor lenge? Kan også skrives som år (2025–2027) eller skoleår (skoleåret 2025/26).',
          nn: 'Tidsrom: frå dato til dato. Kven gjeld planen for, og for kor lenge? Kan også skrivast som år (2025–2027) eller skuleår (skoleåret 2025/26).',
          en: 'From date to date. Whom does the plan apply to, and for how long? May also be written as years (2025–2027) or a school year (skoleåret 2025/26).',
        },
      }),
      field('kontakt', group(
        field('navn', text(), {
          title: { nb: 'Navn', nn: 'Namn', en: 'Name' },
          help: { nb: 'Navn på den som fyller ut planen.', nn: 'Namnet på den som fyller ut planen.', en: 'Name of the person who fills in the plan.' },
        }),
        field('epost', email(), {
          presence: 'recommended',
          title: { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
          help: { nb: 'E-postadresse til den som fyller ut planen.', nn: 'E-postadressa til den som fyller ut planen.', en: 'E-mail address of the person who fills in the plan.' },
        }),
        field('rolle', text(), {
          presence: 'recommended',
          title: { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
          help: {
            nb: 'Rollen til den som fyller ut planen, for eksempel nettverkskoordinator eller rektor.',
            nn: 'Rolla til den som fyller ut planen, til dømes nettverkskoordinator eller rektor.',
            en: 'Role of the person who fills in the plan, for example network coordinator or head teacher.',
          },
        }),
      ), {
        presence: 'recommended',
        title: { nb: 'Kontaktperson', nn: 'Kontaktperson', en: 'Contact' },
        help: { nb: 'Kontaktperson: navn på den som fyller ut planen.', nn: 'Kontaktperson: namnet på den som fyller ut planen.', en: 'Contact person: the name of the person who fills in the plan.' },
      }),
    ],
  });
}
