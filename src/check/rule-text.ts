import { NN_RULES } from '../messages/nn/rules.js';
import type { Rule } from './rule.js';
import type { MessageLang } from './types.js';

/** A rule's message template in the reader's language; nynorsk lives beside the rules, bokmål stands in for a gap. */
export function ruleMessage(rule: Pick<Rule, 'id' | 'messages'>, messageId: string, lang: MessageLang): string | undefined {
  const texts = rule.messages[messageId];
  if (lang !== 'nn') return texts?.[lang];
  return NN_RULES[rule.id]?.messages[messageId] ?? texts?.nb;
}

/** A rule's one-line summary, as `dekom rules` and SARIF show it. */
export function ruleSummary(rule: Pick<Rule, 'id' | 'summary'>, lang: MessageLang): string {
  if (lang !== 'nn') return rule.summary[lang];
  return NN_RULES[rule.id]?.summary ?? rule.summary.nb;
}
