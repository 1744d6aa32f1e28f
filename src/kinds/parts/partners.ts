import { choice, date, field, group, list, rows, text, type Field, type Options } from '../../model/define.js';

/** The roles a partner can have, each with what a document calls it. */
export const PARTNER_ROLES: Options = {
  uh: { nb: 'Universitet/høgskole', nn: 'Universitet/høgskule', en: 'University/university college' },
  skoleeier: { nb: 'Skoleeier', nn: 'Skuleeigar', en: 'School owner' },
  barnehageeier: { nb: 'Barnehageeier', nn: 'Barnehageeigar', en: 'Kindergarten owner' },
  skoleleder: { nb: 'Skoleleder', nn: 'Skuleleiar', en: 'School leader' },
  styrer: { nb: 'Styrer', nn: 'Styrar', en: 'Kindergarten head' },
  ressursperson: { nb: 'Ressursperson', nn: 'Ressursperson', en: 'Resource person' },
  skole: { nb: 'Skole', nn: 'Skule', en: 'School' },
  barnehage: { nb: 'Barnehage', nn: 'Barnehage', en: 'Kindergarten' },
  fylke: { nb: 'Fylkeskommune', nn: 'Fylkeskommune', en: 'County authority' },
  statsforvalter: { nb: 'Statsforvalter', nn: 'Statsforvaltar', en: 'County Governor' },
  ppt: { nb: 'PP-tjeneste', nn: 'PP-teneste', en: 'Educational-psychological service (PPT)' },
  barnehagemyndighet: { nb: 'Barnehagemyndighet', nn: 'Barnehagemynde', en: 'Local kindergarten authority' },
  ks: { nb: 'KS', nn: 'KS', en: 'KS (local government association)' },
  pbl: { nb: 'PBL', nn: 'PBL', en: 'PBL (private kindergartens’ association)' },
  organisasjon: { nb: 'Arbeidstakerorganisasjon', nn: 'Arbeidstakarorganisasjon', en: 'Trade union' },
  statped: { nb: 'Statped', nn: 'Statped', en: 'Statped (national special needs service)' },
  nasjonalt_senter: { nb: 'Nasjonalt senter', nn: 'Nasjonalt senter', en: 'National centre' },
  regionråd: { nb: 'Regionråd', nn: 'Regionråd', en: 'Regional council' },
  fagskole: { nb: 'Fagskole', nn: 'Fagskule', en: 'Vocational college' },
  up1: { nb: 'Utviklingspartner 1 (UP1)', nn: 'Utviklingspartnar 1 (UP1)', en: 'Development partner 1 (UP1)' },
  up2: { nb: 'Utviklingspartner 2 (UP2)', nn: 'Utviklingspartnar 2 (UP2)', en: 'Development partner 2 (UP2)' },
  annen: { nb: 'Annen', nn: 'Annan', en: 'Other' },
};

/** Words authors write for a role, read as the role. */
const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  uh: ['universitet', 'høgskole', 'høyskole', 'universitet/høgskole', 'høgskule', 'university'],
  skoleeier: ['kommune', 'skoleeigar', 'school owner'],
  barnehageeier: ['barnehageeigar'],
  skoleleder: ['rektor', 'skuleleiar', 'skoleledelse'],
  styrer: ['barnehagestyrer', 'styrar'],
  fylke: ['fylkeskommune', 'fylkeskommunen'],
  statsforvalter: ['fylkesmannen', 'statsforvaltaren'],
  ppt: ['pp-tjenesten', 'pp-tjeneste', 'pp-tenesta'],
  nasjonalt_senter: ['nasjonalt senter', 'nasjonalt-senter', 'senter'],
  organisasjon: ['fagforening', 'utdanningsforbundet', 'tillitsvalgt', 'tillitsvalgte'],
};

/** Whether a partner's owners are public or private: Kompetanseløftet wants both involved. */
export const OWNERSHIP: Options = {
  offentlig: { nb: 'offentlig', nn: 'offentleg', en: 'public' },
  privat: { nb: 'privat', nn: 'privat', en: 'private' },
};

/** `parter`: who takes part, with their role and what each answers for. */
export const partners: Field = field(
  'parter',
  rows(
    { nb: { a: 'en part', one: 'Part' }, nn: { a: 'ein part', one: 'Part' }, en: { a: 'a partner', one: 'Partner' } },
    [
      field('navn', text(), {
        title: { nb: 'Navn', nn: 'Namn', en: 'Name' },
        help: {
          nb: 'Navn på parten: kommune, universitet/høgskole, skole, barnehage eller annen part.',
          nn: 'Namnet på parten: kommune, universitet/høgskule, skule, barnehage eller annan part.',
          en: 'Name of the partner: municipality, university/university college, school, kindergarten or other.',
        },
      }),
      field('rolle', choice(PARTNER_ROLES, ROLE_SYNONYMS), {
        title: { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
        help: {
          nb: 'Partens rolle: uh (universitet/høgskole), skoleeier, barnehageeier, skoleleder, styrer, ressursperson, skole, barnehage, fylke, statsforvalter, ppt, barnehagemyndighet, ks, pbl, organisasjon, statped, nasjonalt_senter, regionråd, fagskole, up1, up2 eller annen. Har parten flere roller, skriv dem i «roller».',
          nn: 'Rolla til parten: uh (universitet/høgskule), skoleeier (skuleeigar), barnehageeier (barnehageeigar), skoleleder, styrer, ressursperson, skole, barnehage, fylke, statsforvalter, ppt, barnehagemyndighet, ks, pbl, organisasjon, statped, nasjonalt_senter, regionråd, fagskole, up1, up2 eller annen. Har parten fleire roller, skriv dei i «roller».',
          en: 'The partner’s role: uh (university/university college), school owner, kindergarten owner, head teacher, kindergarten head, resource person, school, kindergarten, county, County Governor, ppt, kindergarten authority, ks, pbl, trade union, statped, national centre, regional council, vocational college, up1, up2 or other. A partner with several roles lists them in "roller".',
        },
        instead: 'roller',
        ask: { skip: true },
      }),
      field('roller', list(choice(PARTNER_ROLES, ROLE_SYNONYMS), 1), {
        presence: 'optional',
        title: { nb: 'Roller', nn: 'Roller', en: 'Roles' },
        help: {
          nb: 'Partens roller, når den har flere: en kommune er ofte skoleeier, barnehageeier, barnehagemyndighet og eier av PP-tjenesten på én gang.',
          nn: 'Rollene til parten, når han har fleire: ein kommune er ofte skuleeigar, barnehageeigar, barnehagemyndigheit og eigar av PP-tenesta på ein gong.',
          en: 'The partner’s roles, where it has several: a municipality is often school owner, kindergarten owner, kindergarten authority and owner of the PPT at once.',
        },
      }),
      field('eierform', choice(OWNERSHIP), {
        presence: 'optional',
        title: { nb: 'Eierform', nn: 'Eigarform', en: 'Ownership' },
        help: { nb: 'For eiere: offentlig eller privat.', nn: 'For eigarar: offentleg eller privat.', en: 'For owners: public or private.' },
        // Rare enough to be written in the file rather than asked of every partner.
        ask: { skip: true },
      }),
      field('kontaktperson', text(), {
        presence: 'recommended',
        title: { nb: 'Kontaktperson', nn: 'Kontaktperson', en: 'Contact person' },
        help: { nb: 'Kontaktperson hos parten.', nn: 'Kontaktperson hos parten.', en: 'Contact person at the partner.' },
      }),
      field('ansvar', text(), {
        presence: 'recommended',
        title: { nb: 'Ansvar', nn: 'Ansvar', en: 'Responsibility' },
        help: { nb: 'Hva parten har ansvar for i samarbeidet.', nn: 'Kva parten har ansvar for i samarbeidet.', en: 'What the partner is responsible for in the collaboration.' },
      }),
      field(
        'avtale',
        group(
          field('fra', date(), {
            title: { nb: 'Fra', nn: 'Frå', en: 'From' },
            help: { nb: 'Når partnerskapsavtalen begynner å gjelde (ÅÅÅÅ-MM-DD).', nn: 'Når partnarskapsavtalen byrjar å gjelde (ÅÅÅÅ-MM-DD).', en: 'When the partnership agreement takes effect (YYYY-MM-DD).' },
          }),
          field('til', date(), {
            title: { nb: 'Til', nn: 'Til', en: 'To' },
            help: { nb: 'Når partnerskapsavtalen slutter å gjelde (ÅÅÅÅ-MM-DD).', nn: 'Når partnarskapsavtalen sluttar å gjelde (ÅÅÅÅ-MM-DD).', en: 'When the partnership agreement ends (YYYY-MM-DD).' },
            ask: { after: 'fra' },
          }),
        ),
        {
          presence: 'optional',
          title: { nb: 'Avtale', nn: 'Avtale', en: 'Agreement' },
          help: {
            nb: 'Partnerskapsavtalen med parten: fra og til når den gjelder. En UH-avtale bør vare like lenge som planen.',
            nn: 'Partnarskapsavtalen med parten: frå og til når han gjeld. Ein UH-avtale bør vare like lenge som planen.',
            en: 'The partnership agreement with the partner: from and to when it applies. A university agreement should last as long as the plan.',
          },
          ask: { skip: true },
        },
      ),
    ],
    { rowHelp: { nb: 'En part i samarbeidet.', nn: 'Ein part i samarbeidet.', en: 'A partner in the collaboration.' } },
  ),
  {
    title: { nb: 'Partnere', nn: 'Partnarar', en: 'Partners' },
    help: {
      nb: 'Partnere i samarbeidet: partnere i prosjektgruppa (kommune/universitet/skole/andre parter) og deltakere i kompetansehevingen. I nettverksplaner og kompetanseplaner er universitet eller høgskole (UH) påkrevd partner.',
      nn: 'Partnarar i samarbeidet: partnarar i prosjektgruppa (kommune/universitet/skule/andre partar) og deltakarar i kompetansehevinga. I nettverksplanar og kompetanseplanar er universitet eller høgskule (UH) påkravd partnar.',
      en: 'Partners in the collaboration: partners in the project group (municipality/university/school/others) and participants in the competence development. A university or university college (UH) is a required partner.',
    },
    show: { partial: 'partners' },
    ask: { names: true },
  },
);
