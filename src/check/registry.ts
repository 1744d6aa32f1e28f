import type { KnownRules } from '../config/rule-setting.js';
import type { Rule } from './rule.js';
import type { MessageLang } from './types.js';
import agreementTerm from './rules/agreement-term.js';
import barnsMedvirkning from './rules/barns-medvirkning.js';
import costYear from './rules/cost-year.js';
import egenandel from './rules/egenandel.js';
import egenandel30 from './rules/egenandel-30.js';
import elevstemmen from './rules/elevstemmen.js';
import forumComposition from './rules/forum-composition.js';
import goalRef from './rules/goal-ref.js';
import goalSmart from './rules/goal-smart.js';
import inPeriod from './rules/in-period.js';
import innstillingAnchored from './rules/innstilling-anchored.js';
import innstillingCriteria from './rules/innstilling-criteria.js';
import innstillingDeadline from './rules/innstilling-deadline.js';
import innstillingParticipants from './rules/innstilling-participants.js';
import innstillingSplit from './rules/innstilling-split.js';
import innstillingSum from './rules/innstilling-sum.js';
import innstillingUh from './rules/innstilling-uh.js';
import klPpt from './rules/kl-ppt.js';
import klPrivate from './rules/kl-private.js';
import klStatped from './rules/kl-statped.js';
import maxThreeYears from './rules/max-three-years.js';
import meetingGap from './rules/meeting-gap.js';
import networkUh from './rules/network-uh.js';
import noVidereutdanning from './rules/no-videreutdanning.js';
import normalised from './rules/normalised.js';
import overdue from './rules/overdue.js';
import ownerKnown from './rules/owner-known.js';
import period from './rules/period.js';
import placeholder from './rules/placeholder.js';
import priorityPerScheme from './rules/priority-per-scheme.js';
import rekomAllStaff from './rules/rekom-all-staff.js';
import rekomKartlegging from './rules/rekom-kartlegging.js';
import rekomMyndighet from './rules/rekom-myndighet.js';
import rekomPrivate from './rules/rekom-private.js';
import required from './rules/required.js';
import samisk from './rules/samisk.js';
import schema from './rules/schema.js';
import sfNoVote from './rules/sf-no-vote.js';
import staffInvolved from './rules/staff-involved.js';
import taskDeadline from './rules/task-deadline.js';
import taskOwner from './rules/task-owner.js';
import uhPartner from './rules/uh-partner.js';
import unknownKey from './rules/unknown-key.js';
import unusedDirective from './rules/unused-directive.js';
import yamlSyntax from './rules/yaml-syntax.js';

const RULE_LIST = [
  agreementTerm,
  barnsMedvirkning,
  costYear,
  egenandel,
  egenandel30,
  elevstemmen,
  forumComposition,
  goalRef,
  goalSmart,
  inPeriod,
  innstillingAnchored,
  innstillingCriteria,
  innstillingDeadline,
  innstillingParticipants,
  innstillingSplit,
  innstillingSum,
  innstillingUh,
  klPpt,
  klPrivate,
  klStatped,
  maxThreeYears,
  meetingGap,
  networkUh,
  noVidereutdanning,
  normalised,
  overdue,
  ownerKnown,
  period,
  placeholder,
  priorityPerScheme,
  rekomAllStaff,
  rekomKartlegging,
  rekomMyndighet,
  rekomPrivate,
  required,
  samisk,
  schema,
  sfNoVote,
  staffInvolved,
  taskDeadline,
  taskOwner,
  uhPartner,
  unknownKey,
  unusedDirective,
  yamlSyntax,
] as const;

/** Every rule, sorted by id; the list `dekom rules`, config validation and docs links read. */
export const RULES: readonly Rule[] = RULE_LIST;

/** Each registered rule's message ids, by rule id: what a translation of the rules must cover. */
export type RuleMessageIds = { [R in (typeof RULE_LIST)[number] as R['id']]: keyof R['messages'] & string };

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The ids a config or a directive may name. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys());

/** Each rule with the options a config may give it. */
export const KNOWN_RULES: KnownRules = new Map(RULES.map((rule) => [rule.id, rule.options ?? {}]));

/** Where the rules' pages live: docs/rules/<id>.md in bokmål, docs/rules/en/<id>.md in English. */
export const RULE_DOCS_BASE = 'https://github.com/dekom-no/dekom/blob/main/docs/rules/';

/** The folder of the rule pages a reader of `lang` gets; nynorsk readers get the bokmål page. */
export function ruleDocsFolder(lang: MessageLang): string {
  return lang === 'en' ? 'en/' : '';
}

export function ruleDocsUrl(id: string, lang: MessageLang = 'nb'): string {
  return `${RULE_DOCS_BASE}${ruleDocsFolder(lang)}${id}.md`;
}
