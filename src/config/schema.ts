import * as z from 'zod';
import { readDay } from '../util/norwegian-dates.js';

const setting = z.enum(['off', 'warning', 'error']).describe('off, warning eller error.');
const option = z.union([z.number(), z.boolean(), z.string()]);
const entry = z.union([setting, z.tuple([setting, z.record(z.string(), option)]).describe('Alvorlighet og valg, for eksempel [warning, { days: 120 }].')]);
const rules = z
  .record(z.string(), entry)
  .describe('Alvorlighet per regel-id, for eksempel «meeting-gap: off» eller «owner-known: error»; med valg som «meeting-gap: [warning, { days: 120 }]».');
const globs = z.array(z.string()).describe('Glob-mønstre relativt til mappen konfigurasjonsfilen ligger i, for eksempel «gamle/**».');

/** `dekom.config.yaml`: what a plan repository may say about how its plans are checked. */
export const configSchema = z
  .strictObject({
    rules: rules.optional(),
    ignore: globs.optional(),
    overrides: z
      .array(
        z.strictObject({
          files: globs,
          rules,
        }),
      )
      .optional()
      .describe('Regelinnstillinger for noen filer, for eksempel eldre planer. Senere overstyringer vinner.'),
    today: z
      .string()
      .refine((text) => readDay(text) !== undefined, { message: 'not a date (ÅÅÅÅ-MM-DD or 15.03.2027)' })
      .optional()
      .describe('Dagen regelen overdue regner som i dag (ÅÅÅÅ-MM-DD eller 15.03.2027), for rapporter som skal kunne gjentas.'),
  })
  .describe('Konfigurasjon for dekom check.');

export type Config = z.infer<typeof configSchema>;
