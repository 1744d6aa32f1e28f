import type { Kind } from '../../src/kinds/index.js';
import type { Step } from './scripted.js';

/** The day the scripted sessions take place: every deadline below lies after it. */
export const TODAY = new Date(2026, 5, 1, 10, 30);

const header = (title: string, organisation: string): Step[] => [
  ['tittel', title],
  ['organisasjon', organisation],
  ['ordning', ['dekom']],
  ['språk', 'nb'],
  ['periode.fra', '01.08.2026'],
  ['periode.til', '2028-06-30'],
  ['kontakt.navn', 'Ingrid Sæther'],
  ['kontakt.epost', 'ingrid.saether@example.no'],
  ['kontakt.rolle', 'Avdelingsleder og koordinator'],
];

const partners = (first: 'rows' | 'ask'): Step[] => [
  ...(first === 'ask' ? ([['parter[0]?', true]] as Step[]) : []),
  ['parter[0].navn', 'NTNU'],
  ['parter[0].roller', ['uh']],
  ['parter[0].kontaktperson', 'Kari Nordmann'],
  ['parter[0].ansvar', 'Faglig veiledning av lesegruppa'],
  ['parter[1]?', true],
  ['parter[1].navn', 'Trondheim kommune'],
  ['parter[1].roller', ['skoleeier']],
  ['parter[1].kontaktperson', 'Per Hansen'],
  ['parter[1].ansvar', ''],
  ['parter[2]?', false],
];

/** One SMART goal, each letter in turn; the owner is picked from the people already named. */
const goal = (index: number, owner: string, typedName?: string): Step[] => [
  [`mål[${index}].art`, 'resultat'],
  [`mål[${index}].beskrivelse`, 'Flere elever på 9. trinn forstår og bruker fagtekster i alle fag, og elevstemmen viser at de opplever mestring.'],
  [`mål[${index}].indikator`, 'Andel elever på mestringsnivå 3–5 i lesing (nasjonale prøver)'],
  [`mål[${index}].utgangspunkt`, '58 % (nasjonale prøver 2025)'],
  [`mål[${index}].målverdi`, '70 %'],
  [`mål[${index}].frist`, '15.06.2028'],
  [`mål[${index}].ansvarlig`, owner],
  ...(typedName ? ([[`mål[${index}].ansvarlig#navn`, typedName]] as Step[]) : []),
  [`mål[${index}].forankring`, 'Personalmøte 4. juni 2026'],
  [`mål[${index}].begrunnelse`, 'Resultatene har ligget under kommunesnittet i tre år.'],
];

const task = (index: number, owner: string, goals: string[]): Step[] => [
  [`oppgaver[${index}].oppgave`, 'Lesegruppe i fellestida'],
  [`oppgaver[${index}].beskrivelse`, 'Faggruppene prøver ut lesestrategier annenhver onsdag.'],
  [`oppgaver[${index}].ansvarlig`, owner],
  [`oppgaver[${index}].frist`, '2026-12-18'],
  [`oppgaver[${index}].status`, 'planlagt'],
  ...(goals.length > 0 ? ([[`oppgaver[${index}].mål`, goals]] as Step[]) : []),
];

const meeting = (index: number, owner: string): Step[] => [
  [`tidsplan[${index}].dato`, '10.09.2026 kl. 09:00'],
  [`tidsplan[${index}].slutt`, '2026-09-10 15:00'],
  [`tidsplan[${index}].hvem`, 'Nettverkssamling'],
  [`tidsplan[${index}].sted`, 'NTNU Kalvskinnet'],
  [`tidsplan[${index}].innhold`, 'Oppstart: lesestrategier i fagene'],
  [`tidsplan[${index}].ansvarlig`, owner],
  [`tidsplan[${index}].forberedelser`, ''],
];

const prose = (id: string) => [id, `Svar på ${id}.\nAndre linje med æ, ø og å.`] as const satisfies Step;

/**
 * A whole session for each kind, in the order the flow asks: every required answer
 * given, so the written plan passes `dekom check` without errors.
 */
export const COMPLETE = {
  nettverksplan: [
    ...header('Lesing i alle fag – nettverk Lister', 'Lister kompetansenettverk'),
    prose('innledning'),
    ['ressurser.budsjett', '250 000'],
    ['ressurser.timer[0]?', true],
    ['ressurser.timer[0].part', 'Heimdal ungdomsskole'],
    ['ressurser.timer[0].timer', '120'],
    ['ressurser.timer[1]?', false],
    ['ressurser.beskrivelse', ''],
    ...partners('rows'),
    prose('samarbeidsform'),
    prose('samarbeidsplattform'),
    prose('ansvarsfordeling'),
    ...goal(0, 'Kari Nordmann'),
    ['mål[1]?', false],
    prose('kunnskapsgrunnlag'),
    prose('arbeidsmåter'),
    prose('forankring'),
    prose('informasjon.ledere'),
    prose('informasjon.deltakere'),
    prose('gjennomføring'),
    prose('videreføring'),
    prose('medvirkning.ansatte'),
    prose('medvirkning.tillitsvalgte'),
    prose('evaluering'),
    prose('sluttføring'),
    ...task(0, 'Per Hansen', ['M1']),
    ['oppgaver[1]?', false],
    ...meeting(0, 'NTNU'),
    ['tidsplan[1]?', false],
    ['vedlegg[0]?', false],
  ],
  kompetanseplan: [
    ...header('Kompetanseplan Agder vest 2026–2029', 'Agder vest kompetansenettverk'),
    ['nettverk', 'Agder vest'],
    ['innstillingsår', '2026'],
    ['søknadsfrist', '15.03.2026'],
    ...partners('rows'),
    prose('intensjoner.lokale_behov'),
    prose('intensjoner.sammenheng'),
    prose('intensjoner.kollektive_prosesser'),
    prose('intensjoner.elevstemmen'),
    prose('intensjoner.partnerskap'),
    ['analyse.alle_skoleeiere_involvert', true],
    ['analyse.bygger_på_skoleeiernes_analyser', true],
    ['analyse.samarbeid_med_up1', true],
    ['up1', 'Universitetet i Agder'],
    ['kompetansebehov[0].behov', 'Lesing i alle fag'],
    ['kompetansebehov[0].prioritet', ''],
    ['kompetansebehov[0].tiltak', 'Skolebasert kompetanseutvikling i lesing'],
    ['kompetansebehov[0].målgruppe', 'Hele personalet'],
    ['kompetansebehov[0].år', '2026, 2027'],
    ['kompetansebehov[0].up2', 'Lesesenteret'],
    ['kompetansebehov[0].kostnad', '150 000'],
    ['kompetansebehov[0].tilskudd', ''],
    ['kompetansebehov[0].sammenheng_med', ''],
    ['kompetansebehov[1]?', false],
    ['egenandel_bekreftet', true],
    ['mål[0]?', false],
    ['oppgaver[0]?', false],
    ['tidsplan[0]?', false],
    prose('medvirkning.ansatte'),
    prose('medvirkning.tillitsvalgte'),
    prose('evaluering'),
    ['vedlegg[0]?', false],
  ],
  skoleplan: [
    ...header('Lesing i alle fag – Heimdal ungdomsskole', 'Heimdal ungdomsskole'),
    prose('rammer.skolebasert'),
    prose('rammer.forankring'),
    prose('rammer.sammenheng'),
    prose('rammer.elevstemmen'),
    ['tema', 'Lesing i alle fag'],
    prose('innledning'),
    prose('situasjonsbeskrivelse'),
    ...partners('ask'),
    ...goal(0, 'Ingrid Sæther'),
    ['mål[1]?', true],
    ...goal(1, 'Per Hansen'),
    ['mål[2]?', false],
    prose('analyse'),
    ...task(0, 'Ingrid Sæther', ['M1', 'M2']),
    ['oppgaver[1]?', false],
    prose('organisering'),
    ['tidsplan[0]?', false],
    prose('tegn_på_læring'),
    prose('medvirkning.ansatte'),
    prose('medvirkning.tillitsvalgte'),
    prose('evaluering'),
    ['vedlegg[0]?', false],
  ],
  kommuneplan: [
    ...header('Kommunens plan for kompetanseutvikling', 'Lindesnes kommune'),
    prose('utviklingsområder'),
    ['parter[0]?', false],
    ...goal(0, ':annet:', 'Kommunalsjef oppvekst'),
    ['mål[1]?', false],
    prose('organisering_og_forankring'),
    prose('forankringsstrategi.politisk_nivå'),
    prose('forankringsstrategi.skoler_og_barnehager'),
    ['forankringsstrategi.milepæler[0]?', true],
    ['forankringsstrategi.milepæler[0].dato', '15.12.2026'],
    ['forankringsstrategi.milepæler[0].beskrivelse', 'Planen er behandlet i oppvekstutvalget.'],
    ['forankringsstrategi.milepæler[1]?', false],
    prose('gjennomføring'),
    ...task(0, 'Kommunalsjef oppvekst', ['M1']),
    ['oppgaver[1]?', false],
    ['tidsplan[0]?', false],
    prose('andre_tiltak'),
    prose('finansiering'),
    prose('utfordringer_og_muligheter'),
    prose('medvirkning.ansatte'),
    prose('medvirkning.tillitsvalgte'),
    prose('evaluering'),
    ['vedlegg[0]?', false],
  ],
} satisfies Record<Kind, Step[]>;

/** The whole session of a kind; every kind has one, so a new kind cannot go unasked. */
export function script(kind: Kind): Step[] {
  const steps = (COMPLETE as Record<Kind, Step[]>)[kind];
  if (!steps) throw new Error(`test/init/scripts.ts has no session for ${kind}`);
  return steps;
}

