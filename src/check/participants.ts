import { hasPartner } from './plan-data.js';
import type { RuleContext } from './rule.js';

/**
 * Whether schools take part in a plan: under DEKOM they do; under the other schemes, where a
 * school or its owner is among the partners. The pupil voice is a school's notion.
 */
export function schoolsTakePart({ plan, schemes, kind }: Pick<RuleContext, 'plan' | 'schemes' | 'kind'>): boolean {
  if (schemes.includes('dekom') || kind === 'skoleplan') return true;
  return hasPartner(plan, ['skole', 'skoleeier', 'skoleleder']);
}

/** Whether kindergartens take part: under REKOM they do; else where one or its owner is a partner. */
export function kindergartensTakePart({ plan, schemes, kind }: Pick<RuleContext, 'plan' | 'schemes' | 'kind'>): boolean {
  if (schemes.includes('rekom') || kind === 'barnehageplan') return true;
  if (Array.isArray(plan['barnehager']) && plan['barnehager'].length > 0) return true;
  return hasPartner(plan, ['barnehage', 'barnehageeier', 'styrer', 'barnehagemyndighet']);
}
