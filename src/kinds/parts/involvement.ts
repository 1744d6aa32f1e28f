import { field, group, prose, rows, text, type Field } from '../../model/define.js';

/**
 * `medvirkning`: how staff and their union representatives took part. «De ansatte og
 * tillitsvalgte skal være involvert i arbeidet med behovsmeldingen» (Statsforvalteren i
 * Oslo og Viken 2024); «Medbestemmelse skal ivaretas etter hovedavtalens bestemmelser».
 */
export const involvement: Field = field(
  'medvirkning',
  group(
    field('ansatte', prose(), {
      presence: 'recommended',
      title: { nb: 'De ansatte', nn: 'Dei tilsette', en: 'Staff' },
      help: {
        nb: 'Hvordan og når har de ansatte vært med i analysen, prioriteringen og planleggingen?',
        nn: 'Korleis og når har dei tilsette vore med i analysen, prioriteringa og planlegginga?',
        en: 'How and when have the staff taken part in the analysis, the priorities and the planning?',
      },
    }),
    field('tillitsvalgte', prose(), {
      presence: 'recommended',
      title: { nb: 'De tillitsvalgte', nn: 'Dei tillitsvalde', en: 'Union representatives' },
      help: {
        nb: 'Hvordan og når har de tillitsvalgte vært med? Medbestemmelse skal ivaretas etter hovedavtalens bestemmelser.',
        nn: 'Korleis og når har dei tillitsvalde vore med? Medråderetten skal takast vare på etter føresegnene i hovudavtalen.',
        en: 'How and when have the union representatives taken part? Co-determination follows the basic agreement.',
      },
    }),
  ),
  {
    presence: 'recommended',
    title: { nb: 'Medvirkning', nn: 'Medverknad', en: 'Involvement of staff' },
    help: {
      nb: 'Medvirkning: hvordan har de ansatte og de tillitsvalgte vært involvert i arbeidet med planen og behovene?',
      nn: 'Medverknad: korleis har dei tilsette og dei tillitsvalde vore involverte i arbeidet med planen og behova?',
      en: 'How have the staff and their union representatives been involved in the plan and its needs?',
    },
  },
);

/** `vedlegg`: documents the plan refers to, by title and address or file. */
export const attachments: Field = field(
  'vedlegg',
  rows(
    { nb: { a: 'et vedlegg', one: 'Vedlegg' }, nn: { a: 'eit vedlegg', one: 'Vedlegg' }, en: { a: 'an attachment', one: 'Attachment' } },
    [
      field('tittel', text(), {
        title: { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
        help: { nb: 'Hva vedlegget er.', nn: 'Kva vedlegget er.', en: 'What the attachment is.' },
      }),
      field('url', text(), {
        presence: 'optional',
        title: { nb: 'Nettadresse', nn: 'Nettadresse', en: 'Web address' },
        help: { nb: 'Hvor vedlegget ligger på nett.', nn: 'Kvar vedlegget ligg på nett.', en: 'Where the attachment is on the web.' },
      }),
      field('fil', text(), {
        presence: 'optional',
        title: { nb: 'Fil', nn: 'Fil', en: 'File' },
        help: { nb: 'Filen i planens mappe, for eksempel vedlegg/tiltaksplan.pdf.', nn: 'Fila i mappa til planen, til dømes vedlegg/tiltaksplan.pdf.', en: 'The file in the plan’s folder, for example vedlegg/tiltaksplan.pdf.' },
      }),
    ],
    { rowHelp: { nb: 'Et vedlegg til planen.', nn: 'Eit vedlegg til planen.', en: 'An attachment to the plan.' } },
  ),
  {
    presence: 'optional',
    title: { nb: 'Vedlegg', nn: 'Vedlegg', en: 'Attachments' },
    help: { nb: 'Vedlegg: dokumenter planen viser til.', nn: 'Vedlegg: dokument planen viser til.', en: 'Attachments: documents the plan refers to.' },
    show: { whenFilled: true },
  },
);
