import type { Kind } from './kinds.js';

/** How one row of a list is named: "Legge til {a}?", "{one} 2". */
export interface RowName {
  nb: { a: string; one: string };
  en: { a: string; one: string };
}

/**
 * What `dekom init` needs to know about a field that the schema cannot say. The schema
 * gives the order, the type, whether a field is required and the guiding question; this
 * table only adds how a field is best asked and shown.
 */
export interface FieldHint {
  /** Section title as the seed prints it, where it differs from the key. */
  title?: string;
  /** One line (a name, a title), where other text outside list rows is prose. */
  short?: true;
  /** Offer the people already named in the plan: partners, their contact persons, the contact. */
  people?: true;
  /** Offer the ids of the goals already entered. */
  goals?: true;
  /** A date that must come after the sibling date with this key. */
  after?: string;
  /** Filled in without asking; `{n}` is the row's number. */
  auto?: string;
  /** The answer Enter accepts; `{n}` is the row's number. */
  default?: string;
  /** Checked as an e-mail address. */
  email?: true;
  row?: RowName;
}

/**
 * Keyed by field path with `[]` for list rows (`mål[].ansvarlig`); a `kind:` prefix
 * (`skoleplan:mål`) applies to that kind only and wins over the plain path.
 */
export const FIELD_HINTS: Readonly<Record<string, FieldHint>> = {
  tittel: { short: true },
  organisasjon: { short: true },
  språk: { default: 'nb' },
  'periode.til': { after: 'fra' },
  kontakt: { title: 'Kontaktperson' },
  'kontakt.navn': { short: true },
  'kontakt.epost': { short: true, title: 'E-post', email: true },
  'kontakt.rolle': { short: true },

  parter: {
    title: 'Partnere i samarbeidet',
    row: { nb: { a: 'en part', one: 'Part' }, en: { a: 'a partner', one: 'Partner' } },
  },
  mål: { row: { nb: { a: 'et mål', one: 'Mål' }, en: { a: 'a goal', one: 'Goal' } } },
  'mål[].id': { auto: 'M{n}', title: 'Id' },
  'mål[].ansvarlig': { people: true },
  oppgaver: {
    title: 'Oppgaver, frister og ansvar',
    row: { nb: { a: 'en oppgave', one: 'Oppgave' }, en: { a: 'a task', one: 'Task' } },
  },
  'oppgaver[].ansvarlig': { people: true },
  'oppgaver[].status': { default: 'planlagt' },
  'oppgaver[].mål': { goals: true },
  tidsplan: {
    title: 'Tidsplan: samlinger og møter',
    row: { nb: { a: 'et møte eller en samling', one: 'Møte' }, en: { a: 'a meeting', one: 'Meeting' } },
  },
  'tidsplan[].ansvarlig': { people: true },
  'tidsplan[].slutt': { after: 'dato' },
  evaluering: { title: 'Evaluering' },

  // nettverksplan
  ressurser: { title: 'Timer og ressurser' },
  'ressurser.timer': { row: { nb: { a: 'timer for en part', one: 'Timer' }, en: { a: 'hours for a partner', one: 'Hours' } } },
  forankring: { title: 'Forankringsbehov' },
  gjennomføring: { title: 'Plan for gjennomføring' },
  videreføring: { title: 'Plan for videreføring' },

  // kompetanseplan
  nettverk: { title: 'Kompetansenettverk', short: true },
  innstillingsår: { title: 'Innstillingsår' },
  intensjoner: { title: 'Intensjonene (a–e)' },
  'kompetanseplan:analyse': { title: 'Analysefasen' },
  'analyse.samarbeid_med_up1': { title: 'Samarbeid med UP1' },
  up1: { title: 'Utviklingspartner 1 (UP1)', short: true },
  kompetansebehov: {
    title: 'Kompetansebehov i nettverket',
    row: { nb: { a: 'et kompetansebehov', one: 'Behov' }, en: { a: 'a competence need', one: 'Need' } },
  },
  'kompetansebehov[].prioritet': { default: '{n}' },
  'kompetansebehov[].up2': { title: 'UP2' },
  egenandel_bekreftet: { title: 'Egenandel' },

  // skoleplan
  tema: { short: true },
  rammer: { title: 'Rammer for arbeidet' },
  'skoleplan:parter': { title: 'Samarbeidspartnere' },
  'skoleplan:mål': { title: 'Resultatmål' },
  'skoleplan:oppgaver': { title: 'Tiltak og fremdriftsplan' },
  tegn_på_læring: { title: 'Tegn på læring og forbedring' },

  // kommuneplan
  utviklingsområder: { title: 'Utviklingsområder og innhold' },
  organisering_og_forankring: { title: 'Organisering og forankring' },
  forankringsstrategi: { title: 'Strategi for forankring' },
  'forankringsstrategi.milepæler': {
    row: { nb: { a: 'en milepæl', one: 'Milepæl' }, en: { a: 'a milestone', one: 'Milestone' } },
  },
  'kommuneplan:gjennomføring': { title: 'Gjennomføring av kompetanseutviklingen' },
  andre_tiltak: { title: 'Andre tiltak på lokalt nivå' },
};

/** The hint for a field of a kind: the kind's own entry first, then the shared one. */
export function hintFor(kind: Kind, pattern: string): FieldHint {
  return { ...FIELD_HINTS[pattern], ...FIELD_HINTS[`${kind}:${pattern}`] };
}
