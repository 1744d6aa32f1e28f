import { amount, field, group, prose, rows, text, type Field } from '../../model/define.js';

/** `ressurser`: budget, the hours each partner sets aside, and other resources. */
export const resources: Field = field(
  'ressurser',
  group(
    field('budsjett', amount(), {
      presence: 'recommended',
      title: { nb: 'Budsjett/tildelte midler', nn: 'Budsjett/tildelte midlar', en: 'Budget/allocated funds' },
      help: { nb: 'Budsjett eller tildelte midler, i kroner.', nn: 'Budsjett eller tildelte midlar, i kroner.', en: 'Budget or funds granted, in NOK.' },
    }),
    field(
      'timer',
      rows(
        {
          nb: { a: 'timer for en part', one: 'Timer' },
          nn: { a: 'timar for ein part', one: 'Timar' },
          en: { a: 'hours for a partner', one: 'Hours' },
        },
        [
          field('part', text(), {
            title: { nb: 'Part', nn: 'Part', en: 'Party' },
            help: { nb: 'Hvilken deltaker eller part timene er avsatt fra.', nn: 'Kva deltakar eller part timane er sette av frå.', en: 'Which participant or partner the hours are set aside by.' },
          }),
          field('timer', amount(), {
            title: { nb: 'Timer', nn: 'Timar', en: 'Hours' },
            help: { nb: 'Antall timer avsatt.', nn: 'Talet på timar sette av.', en: 'Number of hours set aside.' },
          }),
        ],
        { rowHelp: { nb: 'Timer avsatt fra én part.', nn: 'Timar sette av frå éin part.', en: 'Hours set aside by one partner.' } },
      ),
      {
        presence: 'recommended',
        title: { nb: 'Timer', nn: 'Timar', en: 'Hours' },
        help: { nb: 'Antall timer avsatt fra de ulike deltakerne.', nn: 'Talet på timar sette av frå dei ulike deltakarane.', en: 'Hours set aside by the different participants.' },
      },
    ),
    field('beskrivelse', prose(), {
      presence: 'recommended',
      title: { nb: 'Andre ressurser', nn: 'Andre ressursar', en: 'Other resources' },
      help: {
        nb: 'Andre ressurser tilgjengelig: frikjøp, reisemidler, lokaler osv.',
        nn: 'Andre ressursar som er tilgjengelege: frikjøp, reisemidlar, lokale osb.',
        en: 'Other resources available: release time, travel funds, rooms and so on.',
      },
    }),
  ),
  {
    presence: 'recommended',
    title: { nb: 'Timer/ressurser', nn: 'Timar/ressursar', en: 'Hours and resources' },
    help: {
      nb: 'Timer/ressurser tilgjengelig: budsjett/tildelte midler, antall timer avsatt fra de ulike deltakerne osv.',
      nn: 'Timar/ressursar tilgjengeleg: budsjett/tildelte midlar, talet på timar sette av frå dei ulike deltakarane osb.',
      en: 'Hours and resources available: budget or funds granted, hours set aside by the participants and so on.',
    },
    show: { partial: 'resources' },
  },
);
