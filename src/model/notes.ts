import type { Field } from './define.js';

/**
 * `merknader`: what a plan says that no section of its kind takes, each note under the
 * heading it stood under. Every kind ends with it, so a Word plan brought in by
 * `dekom import` loses nothing, and the document prints the notes again at its end.
 * Written as plain data, not with `field()`, because `defineKind` adds it to every kind.
 */
export const NOTES: Field = {
  node: 'field',
  key: 'merknader',
  presence: 'optional',
  value: {
    type: 'rows',
    row: { nb: { a: 'en merknad', one: 'Merknad' }, nn: { a: 'ein merknad', one: 'Merknad' }, en: { a: 'a note', one: 'Note' } },
    fields: [
      {
        node: 'field',
        key: 'overskrift',
        presence: 'recommended',
        value: { type: 'text' },
        title: { nb: 'Overskrift', nn: 'Overskrift', en: 'Heading' },
        help: { nb: 'Overskriften teksten sto under.', en: 'The heading the text stood under.' },
      },
      {
        node: 'field',
        key: 'tekst',
        presence: 'required',
        value: { type: 'prose' },
        title: { nb: 'Tekst', nn: 'Tekst', en: 'Text' },
        help: { nb: 'Teksten, med avsnitt, lister og tabeller.', en: 'The text, with its paragraphs, lists and tables.' },
      },
    ],
    rowHelp: { nb: 'En merknad: tekst som ingen del av planen tar.', en: 'A note: text that no section of the plan takes.' },
  },
  title: { nb: 'Merknader', nn: 'Merknader', en: 'Notes' },
  help: {
    nb: 'Merknader: tekst fra et importert dokument som ingen del av planen tar, i dokumentets rekkefølge. Flytt den dit den hører hjemme, eller la den stå.',
    en: 'Notes: text from an imported document that no section of the plan takes, in the document’s order. Move it where it belongs, or leave it.',
  },
  show: { partial: 'notes', whenFilled: true },
  // Filled by `dekom import`, not asked by `dekom init`.
  ask: { never: true },
};
