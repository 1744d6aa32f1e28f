import { z } from 'zod';
import { kommuneplan } from './kinds/kommuneplan.js';
import { kompetanseplan } from './kinds/kompetanseplan.js';
import { nettverksplan } from './kinds/nettverksplan.js';
import { skoleplan } from './kinds/skoleplan.js';

import type { Kind } from './kinds.js';

export { KINDS, isKind, type Kind } from './kinds.js';

export const kindSchemas = { nettverksplan, kompetanseplan, skoleplan, kommuneplan } satisfies Record<Kind, z.ZodType>;

/** Any plan, dispatched on `type`. */
export const planSchema = z.discriminatedUnion('type', [nettverksplan, kompetanseplan, skoleplan, kommuneplan]);

export type Nettverksplan = z.infer<typeof nettverksplan>;
export type Kompetanseplan = z.infer<typeof kompetanseplan>;
export type Skoleplan = z.infer<typeof skoleplan>;
export type Kommuneplan = z.infer<typeof kommuneplan>;
export type Plan = z.infer<typeof planSchema>;
