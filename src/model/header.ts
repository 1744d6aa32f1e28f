import { z } from 'zod';
import { contact, period } from './parts.js';
import { recommended, text } from './primitives.js';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;

/** The keys every plan opens with, in the order `init` asks for them and writes them. */
export function header<K extends string>(kind: K) {
  return {
    dekom: z.literal(1).describe('Formatversjon for dekom-planer. Alltid 1.'),
    type: z.literal(kind).describe('Plantype: nettverksplan, kompetanseplan, skoleplan eller kommuneplan.'),
    tittel: text('Planens tittel.'),
    organisasjon: text('Hvem planen gjelder for: skolen, kommunen eller nettverket.'),
    språk: z.enum(LANGUAGES).optional().describe('Språket planen skrives ut på: nb (bokmål, standard), nn (nynorsk) eller en (engelsk).'),
    periode: period,
    kontakt: recommended(contact),
  };
}
