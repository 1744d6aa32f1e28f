import type { KindDefinition, Options } from '../model/define.js';

/**
 * The grant schemes a plan belongs to (FOR-2021-01-26-230): the decentralised scheme for
 * schools, the regional scheme for kindergartens, and Kompetanseløftet. Rules are scoped by
 * them: the 30 % co-funding is DEKOM's alone, the pupil voice a school's notion.
 */
export const SCHEMES: Options = {
  dekom: { nb: 'DEKOM', nn: 'DEKOM', en: 'DEKOM' },
  rekom: { nb: 'REKOM', nn: 'REKOM', en: 'REKOM' },
  kompetanseløftet: { nb: 'Kompetanseløftet', nn: 'Kompetanseløftet', en: 'Kompetanseløftet' },
};

export type Scheme = 'dekom' | 'rekom' | 'kompetanseløftet';

/** The plan's own `ordning`, else what its kind belongs to when it says nothing. */
export function schemesOf(plan: Readonly<Record<string, unknown>>, kind: KindDefinition | undefined): Scheme[] {
  const given = plan['ordning'];
  const own = (Array.isArray(given) ? given : typeof given === 'string' ? [given] : []).filter(
    (scheme): scheme is Scheme => typeof scheme === 'string' && Object.hasOwn(SCHEMES, scheme),
  );
  if (own.length > 0) return [...new Set(own)];
  return [...(kind?.schemes ?? [])] as Scheme[];
}
