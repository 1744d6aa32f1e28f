import { choice, date, defineKind, field, group, heading, integer, kroner, list, perYear, prose, rows, text, year, type Options } from '../../model/define.js';
import { COFUNDING_FORMS, forum, members } from '../parts/forum.js';
import { header } from '../parts/header.js';
import { attachments, involvement } from '../parts/involvement.js';
import { SCHEMES } from '../schemes.js';

const DECISIONS: Options = {
  enighet: { nb: 'enighet', nn: 'semje', en: 'agreement' },
  avstemning: { nb: 'avstemning', nn: 'avrøysting', en: 'vote' },
};

const cofunding = rows(
  { nb: { a: 'en egenandel', one: 'Egenandel' }, nn: { a: 'ein eigenandel', one: 'Eigenandel' }, en: { a: 'a co-funding', one: 'Co-funding' } },
  [
    field('eier', text(), {
      title: { nb: 'Eier', nn: 'Eigar', en: 'Owner' },
      help: { nb: 'Skoleeieren som bidrar: kommunen, fylkeskommunen eller den private skoleeieren.', en: 'The school owner contributing: the municipality, the county authority or the private owner.' },
    }),
    field('andel', kroner(), {
      presence: 'recommended',
      title: { nb: 'Eierens andel av tilskuddet', nn: 'Eigaren sin del av tilskotet', en: 'The owner’s share of the grant' },
      help: { nb: 'Hvor mye av tilskuddet til eierne denne eieren får, i kroner.', en: 'How much of the owners’ grant this owner receives, in NOK.' },
    }),
    field('beløp', kroner(), {
      title: { nb: 'Egenandel', nn: 'Eigenandel', en: 'Co-funding' },
      help: { nb: 'Egenandelen i kroner: minst 30 % av eierens andel av tilskuddet.', en: 'The co-funding in NOK: at least 30 % of the owner’s share of the grant.' },
    }),
    field('form', choice(COFUNDING_FORMS), {
      title: { nb: 'Form', nn: 'Form', en: 'Form' },
      help: { nb: 'lønn_frikjøp (helt eller delvis i form av lønn/frikjøp) eller kroner.', en: 'lønn_frikjøp (wholly or partly as salary/release time) or kroner (money).' },
      ask: { default: 'lønn_frikjøp' },
    }),
  ],
  { rowHelp: { nb: 'Egenandelen til én eier.', en: 'The co-funding of one owner.' } },
);

const recommendation = rows(
  { nb: { a: 'et prioritert tiltak', one: 'Tiltak' }, nn: { a: 'eit prioritert tiltak', one: 'Tiltak' }, en: { a: 'a prioritised measure', one: 'Measure' } },
  [
    field('id', text(), {
      title: { nb: 'Id', nn: 'Id', en: 'ID' },
      help: { nb: 'Kort, unik id for tiltaket, for eksempel T1.', en: 'Short, unique id of the measure, for example T1.' },
      ask: { auto: 'T{n}' },
    }),
    field('tittel', text(), {
      title: { nb: 'Tiltak', nn: 'Tiltak', en: 'Measure' },
      help: { nb: 'Hva tiltaket heter, kort.', en: 'What the measure is called, briefly.' },
    }),
    field('ordning', choice(SCHEMES), {
      title: { nb: 'Ordning', nn: 'Ordning', en: 'Grant scheme' },
      help: { nb: 'Ordningen tiltaket får midler fra: dekom, rekom eller kompetanseløftet. Én melding per tiltak, innenfor én ordning.', en: 'The scheme the measure is funded from: dekom, rekom or kompetanseløftet. One notification per measure, within one scheme.' },
    }),
    field('tema', text(), {
      presence: 'optional',
      title: { nb: 'Tema', nn: 'Tema', en: 'Theme' },
      help: { nb: 'Prioriteringen i den langsiktige planen tiltaket hører til, for eksempel «Lesing og skriving i alle fag».', en: 'The priority of the long-term plan the measure belongs to, for example «Lesing og skriving i alle fag».' },
    }),
    field('prioritet', integer({ min: 1 }), {
      title: { nb: 'Prioritet', nn: 'Prioritet', en: 'Priority' },
      help: { nb: 'Prioritet, 1 er høyest.', en: 'Priority, 1 is highest.' },
      ask: { default: '{n}' },
    }),
    field('eiere', list(text(), 1), {
      title: { nb: 'Eiere', nn: 'Eigarar', en: 'Owners' },
      help: { nb: 'Barnehage- og skoleeierne som samarbeider om tiltaket, offentlige og private.', en: 'The kindergarten and school owners cooperating on the measure, public and private.' },
    }),
    field('uh', list(text()), {
      presence: 'recommended',
      title: { nb: 'Universitet/høgskole', nn: 'Universitet/høgskule', en: 'University' },
      help: { nb: 'Universitetet eller høgskolen, eller det nasjonale senteret, eierne samarbeider med.', en: 'The university or national centre the owners work with.' },
    }),
    field(
      'deltakere',
      group(
        field('målgruppe', text(), {
          presence: 'recommended',
          title: { nb: 'Målgruppe', nn: 'Målgruppe', en: 'Target group' },
          help: { nb: 'Hvem som skal delta: hele personalet, lærere på et trinn, ledere, PP-tjenesten ...', en: 'Who takes part: the whole staff, teachers of a year group, leaders, the PPT ...' },
        }),
        field('barnehager', integer({ min: 0 }), {
          presence: 'optional',
          title: { nb: 'Barnehager', nn: 'Barnehagar', en: 'Kindergartens' },
          help: { nb: 'Hvor mange barnehager som deltar.', en: 'How many kindergartens take part.' },
        }),
        field('skoler', integer({ min: 0 }), {
          presence: 'optional',
          title: { nb: 'Skoler', nn: 'Skular', en: 'Schools' },
          help: { nb: 'Hvor mange skoler som deltar.', en: 'How many schools take part.' },
        }),
        field('ansatte', integer({ min: 0 }), {
          presence: 'optional',
          title: { nb: 'Ansatte', nn: 'Tilsette', en: 'Staff' },
          help: { nb: 'Omtrent hvor mange ansatte som deltar.', en: 'About how many staff take part.' },
        }),
      ),
      {
        presence: 'recommended',
        title: { nb: 'Deltakere', nn: 'Deltakarar', en: 'Participants' },
        help: { nb: 'Hvem som skal delta: målgruppen, og hvor mange barnehager, skoler og ansatte.', en: 'Who takes part: the target group, and how many kindergartens, schools and staff.' },
      },
    ),
    field(
      'varighet',
      group(
        field('fra', date(), {
          presence: 'optional',
          title: { nb: 'Fra', nn: 'Frå', en: 'From' },
          help: { nb: 'Når tiltaket begynner (ÅÅÅÅ-MM-DD).', en: 'When the measure begins (YYYY-MM-DD).' },
        }),
        field('til', date(), {
          presence: 'optional',
          title: { nb: 'Til', nn: 'Til', en: 'To' },
          help: { nb: 'Når tiltaket slutter (ÅÅÅÅ-MM-DD).', en: 'When the measure ends (YYYY-MM-DD).' },
          ask: { after: 'fra' },
        }),
        field('år', list(year()), {
          presence: 'optional',
          title: { nb: 'År', nn: 'År', en: 'Years' },
          help: { nb: 'Eller årene tiltaket går, for eksempel [2027, 2028].', en: 'Or the years the measure runs, for example 2027, 2028.' },
        }),
      ),
      {
        title: { nb: 'Varighet', nn: 'Varigheit', en: 'Duration' },
        help: { nb: 'Hvor lenge tiltaket varer: fra og til, eller årene. Det kan meldes behov for inntil tre år.', en: 'How long the measure lasts: from and to, or its years. Needs may be reported for up to three years.' },
      },
    ),
    field(
      'kriterier',
      group(
        field('lokale_behov', prose(), {
          presence: 'recommended',
          title: { nb: 'Lokale behov', nn: 'Lokale behov', en: 'Local needs' },
          help: { nb: 'Hvordan bygger tiltaket på eiernes analyser av lokale behov?', en: 'How does the measure rest on the owners’ analyses of local needs?' },
        }),
        field('kollektiv', prose(), {
          presence: 'recommended',
          title: { nb: 'Kollektiv kompetanseutvikling', nn: 'Kollektiv kompetanseutvikling', en: 'Collective development' },
          help: { nb: 'Hvordan er tiltaket kollektiv kompetanseutvikling som utvikler hele barnehagen eller skolen?', en: 'How is the measure collective development that develops the whole kindergarten or school?' },
        }),
        field('partnerskap', prose(), {
          presence: 'recommended',
          title: { nb: 'Partnerskap med UH', nn: 'Partnarskap med UH', en: 'Partnership with UH' },
          help: { nb: 'Hvordan planlegges, gjennomføres og vurderes tiltaket i partnerskap med universitet eller høgskole?', en: 'How is the measure planned, carried out and assessed in partnership with the university?' },
        }),
        field('ansatte_involvert', prose(), {
          presence: 'recommended',
          title: { nb: 'Ansatte og tillitsvalgte involvert', nn: 'Tilsette og tillitsvalde involverte', en: 'Staff and union representatives involved' },
          help: { nb: 'Hvordan har de ansatte og tillitsvalgte vært involvert i behovsmeldingen?', en: 'How have the staff and union representatives been involved in the need notification?' },
        }),
      ),
      {
        presence: 'recommended',
        title: { nb: 'Kriterier', nn: 'Kriterium', en: 'Criteria' },
        help: { nb: 'Hvordan tiltaket oppfyller kriteriene for tilskudd: lokale behov, kollektiv kompetanseutvikling, partnerskap med UH og ansatte involvert.', en: 'How the measure meets the criteria for funding: local needs, collective development, partnership with UH and staff involved.' },
      },
    ),
    field('tilskudd', perYear(), {
      title: { nb: 'Tilskudd per år', nn: 'Tilskot per år', en: 'Grant per year' },
      help: { nb: 'Tilskuddet som innstilles, per år i inntil tre år, for eksempel {2027: 900000, 2028: 800000}.', en: 'The grant recommended, per year for up to three years, for example {2027: 900000, 2028: 800000}.' },
    }),
    field(
      'fordeling',
      group(
        field('eiere', kroner(), {
          presence: 'recommended',
          title: { nb: 'Til eierne', nn: 'Til eigarane', en: 'To the owners' },
          help: { nb: 'Hvor mye av tilskuddet for tilskuddsåret som går til eierne, i kroner.', en: 'How much of the grant for the year goes to the owners, in NOK.' },
        }),
        field('uh', kroner(), {
          presence: 'recommended',
          title: { nb: 'Til UH', nn: 'Til UH', en: 'To the university' },
          help: { nb: 'Hvor mye som går til universitetet eller høgskolen, i kroner.', en: 'How much goes to the university, in NOK.' },
        }),
        field('koordinator', kroner(), {
          presence: 'optional',
          title: { nb: 'Til koordinator', nn: 'Til koordinator', en: 'To coordination' },
          help: { nb: 'Hvor mye som går til en koordinatorfunksjon, i begrenset omfang, i kroner.', en: 'How much goes to a coordinator, to a limited extent, in NOK.' },
        }),
      ),
      {
        title: { nb: 'Fordeling', nn: 'Fordeling', en: 'Distribution' },
        help: { nb: 'Hvordan tilskuddet for tilskuddsåret fordeles mellom eierne, UH og en koordinator; delene skal til sammen bli tilskuddet.', en: 'How the grant for the year is split between the owners, the university and a coordinator; the parts add up to the grant.' },
      },
    ),
    field('egenandel', cofunding, {
      presence: 'optional',
      title: { nb: 'Egenandel', nn: 'Eigenandel', en: 'Co-funding' },
      help: { nb: 'Egenandelen til hver eier i desentralisert ordning: minst 30 % av eierens andel, helt eller delvis som lønn/frikjøp.', en: 'Each owner’s co-funding under DEKOM: at least 30 % of its share, wholly or partly as salary/release time.' },
    }),
    field('behovsmelding', text(), {
      presence: 'recommended',
      title: { nb: 'Behovsmelding', nn: 'Behovsmelding', en: 'Need notification' },
      help: { nb: 'Behovsmeldingen tiltaket bygger på: filen eller referansen.', en: 'The need notification the measure rests on: its file or reference.' },
    }),
  ],
  { min: 1, rowHelp: { nb: 'Et prioritert tiltak.', en: 'A prioritised measure.' } },
);

/** Samarbeidsforumets årlige innstilling til statsforvalteren (Udir, mandat for samarbeidsforum). */
export default defineKind({
  id: 'innstilling',
  order: 7,
  names: {
    nb: 'Samarbeidsforumets innstilling til statsforvalteren ({ordning})',
    nn: 'Innstillinga frå samarbeidsforumet til statsforvaltaren ({ordning})',
    en: 'The collaboration forum’s recommendation to the County Governor ({ordning})',
  },
  rules: {
    'innstilling-deadline': 'warning',
    'innstilling-anchored': 'warning',
    'forum-composition': 'warning',
    'sf-no-vote': 'error',
    'innstilling-uh': 'error',
    'innstilling-participants': 'error',
    'max-three-years': 'warning',
    'innstilling-criteria': 'error',
    'innstilling-split': 'error',
    'egenandel-30': 'error',
    'innstilling-sum': 'error',
    'no-videreutdanning': 'warning',
    // The forum recommends the owners' measures; the pupils' and children's voice, PPT,
    // private owners and Statped are asked of the owners' and networks' own plans.
    elevstemmen: 'off',
    'barns-medvirkning': 'off',
    'kl-ppt': 'off',
    'kl-private': 'off',
    'kl-statped': 'off',
  },
  sections: [
    header('innstilling', { ordning: 'required' }),
    heading('innstillingen', {
      title: { nb: 'Innstillingen', nn: 'Innstillinga', en: 'The recommendation' },
      sections: [
        field('tilskuddsår', year(), {
          title: { nb: 'Tilskuddsår', nn: 'Tilskotsår', en: 'Grant year' },
          help: { nb: 'Året tilskuddet innstilles for.', en: 'The year the grant is recommended for.' },
        }),
        field('frist', date(), {
          title: { nb: 'Frist', nn: 'Frist', en: 'Deadline' },
          help: { nb: 'Datoen innstillingen skal være hos statsforvalteren (ÅÅÅÅ-MM-DD), for eksempel 15. mars.', en: 'The date the recommendation is due at the County Governor (YYYY-MM-DD), for example 15 March.' },
        }),
        field('langsiktig_plan', text(), {
          presence: 'recommended',
          title: { nb: 'Langsiktig plan', nn: 'Langsiktig plan', en: 'Long-term plan' },
          help: { nb: 'Den langsiktige planen prioriteringene er forankret i: filen eller tittelen.', en: 'The long-term plan the priorities are anchored in: its file or title.' },
        }),
      ],
    }),
    forum,
    members,
    field(
      'grunnlag',
      group(
        field('behovsmeldinger', integer({ min: 0 }), {
          presence: 'recommended',
          title: { nb: 'Behovsmeldinger', nn: 'Behovsmeldingar', en: 'Need notifications' },
          help: { nb: 'Hvor mange behovsmeldinger forumet har vurdert.', en: 'How many need notifications the forum has assessed.' },
        }),
        field('barnehager', integer({ min: 0 }), {
          presence: 'optional',
          title: { nb: 'Barnehager', nn: 'Barnehagar', en: 'Kindergartens' },
          help: { nb: 'Hvor mange barnehager behovsmeldingene omfatter.', en: 'How many kindergartens the notifications cover.' },
        }),
        field('skoler', integer({ min: 0 }), {
          presence: 'optional',
          title: { nb: 'Skoler', nn: 'Skular', en: 'Schools' },
          help: { nb: 'Hvor mange skoler behovsmeldingene omfatter.', en: 'How many schools the notifications cover.' },
        }),
        field('kilder', list(text()), {
          presence: 'optional',
          title: { nb: 'Kilder', nn: 'Kjelder', en: 'Sources' },
          help: { nb: 'Behovsmeldingene og analysene innstillingen bygger på: filer eller referanser.', en: 'The notifications and analyses the recommendation rests on: files or references.' },
        }),
      ),
      {
        presence: 'recommended',
        title: { nb: 'Grunnlag', nn: 'Grunnlag', en: 'Basis' },
        help: {
          nb: 'Grunnlag: innstillingen skal være basert på en vurdering fra barnehage- og skoleeiere om kompetanseutviklingsbehov. Hvor mange behovsmeldinger, barnehager og skoler?',
          en: 'The recommendation rests on the owners’ assessment of needs. How many notifications, kindergartens and schools?',
        },
      },
    ),
    field(
      'ramme',
      group(
        field('dekom', kroner(), {
          presence: 'optional',
          title: { nb: 'DEKOM', nn: 'DEKOM', en: 'DEKOM' },
          help: { nb: 'Fylkets ramme i desentralisert ordning, i kroner.', en: 'The county’s frame under the decentralised scheme, in NOK.' },
        }),
        field('rekom', kroner(), {
          presence: 'optional',
          title: { nb: 'REKOM', nn: 'REKOM', en: 'REKOM' },
          help: { nb: 'Fylkets ramme i regional ordning, i kroner.', en: 'The county’s frame under the regional scheme, in NOK.' },
        }),
        field('kompetanseløftet', kroner(), {
          presence: 'optional',
          title: { nb: 'Kompetanseløftet', nn: 'Kompetanseløftet', en: 'Kompetanseløftet' },
          help: { nb: 'Fylkets ramme i Kompetanseløftet, i kroner.', en: 'The county’s frame under Kompetanseløftet, in NOK.' },
        }),
      ),
      {
        title: { nb: 'Ramme', nn: 'Ramme', en: 'Frame' },
        help: { nb: 'Rammen fylket har for tilskuddsåret, per ordning, i kroner.', en: 'The county’s frame for the grant year, per scheme, in NOK.' },
        show: { partial: 'frames' },
      },
    ),
    field('fordelingsmodell', prose(), {
      title: { nb: 'Fordelingsmodell', nn: 'Fordelingsmodell', en: 'Distribution model' },
      help: {
        nb: 'Fordelingsmodell: hvordan rammen fordeles mellom nettverkene, UH direkte og fellestiltak. Forumet drøfter modellen hvert år.',
        en: 'How the frame is split between the networks, the universities directly and joint measures. The forum discusses the model every year.',
      },
    }),
    field('tiltak', recommendation, {
      title: { nb: 'Prioriterte tiltak', nn: 'Prioriterte tiltak', en: 'Prioritised measures' },
      help: {
        nb: 'Prioriterte tiltak: hvilke tiltak som prioriteres, hvem som deltar og hvor lenge, hvordan hvert tiltak oppfyller kriteriene, hvilke eiere og UH som samarbeider, og hvordan midlene fordeles.',
        en: 'Which measures are prioritised, who takes part and for how long, how each meets the criteria, which owners and universities cooperate, and how the money is distributed.',
      },
      show: { partial: 'recommendations' },
    }),
    field(
      'ikke_prioritert',
      rows(
        { nb: { a: 'en behovsmelding som ikke er prioritert', one: 'Ikke prioritert' }, nn: { a: 'ei behovsmelding som ikkje er prioritert', one: 'Ikkje prioritert' }, en: { a: 'a notification not prioritised', one: 'Not prioritised' } },
        [
          field('behovsmelding', text(), {
            title: { nb: 'Behovsmelding', nn: 'Behovsmelding', en: 'Need notification' },
            help: { nb: 'Behovsmeldingen som ikke er prioritert.', en: 'The notification not prioritised.' },
          }),
          field('begrunnelse', text(), {
            title: { nb: 'Begrunnelse', nn: 'Grunngiving', en: 'Reason' },
            help: { nb: 'Hvorfor den ikke er prioritert.', en: 'Why it is not prioritised.' },
          }),
        ],
        { rowHelp: { nb: 'En behovsmelding forumet ikke prioriterer.', en: 'A notification the forum does not prioritise.' } },
      ),
      {
        presence: 'optional',
        title: { nb: 'Ikke prioritert', nn: 'Ikkje prioritert', en: 'Not prioritised' },
        help: { nb: 'Behovsmeldinger som ikke er prioritert, og hvorfor.', en: 'Notifications not prioritised, and why.' },
        show: { whenFilled: true },
      },
    ),
    field(
      'vedtatt',
      group(
        field('dato', date(), {
          title: { nb: 'Dato', nn: 'Dato', en: 'Date' },
          help: { nb: 'Datoen forumet vedtok innstillingen (ÅÅÅÅ-MM-DD).', en: 'The date the forum adopted the recommendation (YYYY-MM-DD).' },
        }),
        field('form', choice(DECISIONS), {
          title: { nb: 'Form', nn: 'Form', en: 'By' },
          help: { nb: 'enighet, eller avstemning når forumet ikke ble enig.', en: 'enighet (agreement), or avstemning (vote) when the forum did not agree.' },
          ask: { default: 'enighet' },
        }),
        field('dissens', prose(), {
          presence: 'optional',
          title: { nb: 'Dissens', nn: 'Dissens', en: 'Dissent' },
          help: { nb: 'Hvem var uenige, og i hva?', en: 'Who disagreed, and about what?' },
          show: { whenFilled: true },
        }),
      ),
      {
        title: { nb: 'Vedtak', nn: 'Vedtak', en: 'Decision' },
        help: { nb: 'Vedtak: når forumet vedtok innstillingen, og om det var ved enighet eller avstemning.', en: 'When the forum adopted the recommendation, and whether by agreement or by vote.' },
      },
    ),
    involvement,
    field('evaluering', prose(), {
      title: { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
      help: {
        nb: 'Evaluering: hvordan følger forumet opp tiltakene, når rapporterer de på tilskuddet, og hvordan brukes erfaringene i neste års innstilling?',
        en: 'How does the forum follow up the measures, when do they report on the grant, and how are the lessons used in next year’s recommendation?',
      },
    }),
    attachments,
  ],
});
