import { NN_RULES, type NynorskRule } from '../messages/nn/rules.js';
import type { RuleMessageIds } from './registry.js';
import type { Rule } from './rule.js';
import type { MessageLang } from './types.js';

/** What the nynorsk of the rules must hold: every registered rule, with every one of its messages. */
type CompleteNynorsk = { readonly [Id in keyof RuleMessageIds]: NynorskRule<RuleMessageIds[Id]> };

// A registered rule or message without nynorsk stops the build here, naming what is missing.
const COMPLETE: CompleteNynorsk = NN_RULES;
const BY_ID: Readonly<Record<string, { readonly summary: string; readonly messages: Readonly<Record<string, string>> } | undefined>> = COMPLETE;

/** A rule's message template in the reader's language; nynorsk lives beside the rules, bokmål stands in for a gap. */
export function ruleMessage(rule: Pick<Rule, 'id' | 'messages'>, messageId: string, lang: MessageLang): string | undefined {
  const texts = rule.messages[messageId];
  if (lang !== 'nn') return texts?.[lang];
  return BY_ID[rule.id]?.messages[messageId] ?? texts?.nb;
}

/** A rule's one-line summary, as `dekom rules` and SARIF show it. */
export function ruleSummary(rule: Pick<Rule, 'id' | 'summary'>, lang: MessageLang): string {
  if (lang !== 'nn') return rule.summary[lang];
  return BY_ID[rule.id]?.summary ?? rule.summary.nb;
}
