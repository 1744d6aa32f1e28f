import { choice, field, rows, text, type Field, type Options } from '../../model/define.js';

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
  annen: { nb: 'Annen', nn: 'Annan', en: 'Other' },
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
          en: 'Name of the partner: municipality, university/university college, school, kindergarten or other.',
        },
      }),
      field('rolle', choice(PARTNER_ROLES), {
        title: { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
        help: {
          nb: 'Partens rolle: uh (universitet/høgskole), skoleeier, barnehageeier, skoleleder, styrer, ressursperson, skole, barnehage, fylke, statsforvalter eller annen.',
          en: 'The partner’s role: uh (university/university college), school owner, kindergarten owner, head teacher, kindergarten head, resource person, school, kindergarten, county, state administrator or other.',
        },
      }),
      field('kontaktperson', text(), {
        presence: 'recommended',
        title: { nb: 'Kontaktperson', nn: 'Kontaktperson', en: 'Contact person' },
        help: { nb: 'Kontaktperson hos parten.', en: 'Contact person at the partner.' },
      }),
      field('ansvar', text(), {
        presence: 'recommended',
        title: { nb: 'Ansvar', nn: 'Ansvar', en: 'Responsibility' },
        help: { nb: 'Hva parten har ansvar for i samarbeidet.', en: 'What the partner is responsible for in the collaboration.' },
      }),
    ],
    { rowHelp: { nb: 'En part i samarbeidet.', en: 'A partner in the collaboration.' } },
  ),
  {
    title: { nb: 'Partnere', nn: 'Partnarar', en: 'Partners' },
    help: {
      nb: 'Partnere i samarbeidet: partnere i prosjektgruppa (kommune/universitet/skole/andre parter) og deltakere i kompetansehevingen. I nettverksplaner og kompetanseplaner er universitet eller høgskole (UH) påkrevd partner.',
      en: 'Partners in the collaboration: partners in the project group (municipality/university/school/others) and participants in the competence development. A university or university college (UH) is a required partner.',
    },
    show: { partial: 'partners' },
    ask: { names: true },
  },
);
