import type { z } from 'zod';
import type { Path } from '../load/source.js';
import type { Kind } from '../kinds/index.js';
import type { Scheme } from '../kinds/schemes.js';
import type { RuleOptionTypes } from '../config/rule-setting.js';
import type { MessageArgs } from '../messages/format.js';
import type { RelatedPlan } from './related.js';

import type { MessageLang, RuleTextLang, Severity } from './types.js';

export type Messages = Record<string, Record<RuleTextLang, string>>;

/** Where a problem is placed: the node at the path (or the mapping lacking it), or the key itself. */
export type Anchor = 'node' | 'key';

/** `Id`: the rule's own message ids, so a rule cannot report a message it does not have. */
export interface RuleContext<Id extends string = string> {
  /** The plan's data as parsed; rules read it defensively, the schema may have failed. */
  plan: Record<string, unknown>;
  kind: Kind;
  /** The kind's schema, for rules that walk the plan beside it. */
  schema: z.ZodType;
  today: string;
  /** The language of the messages, for the words a rule puts in them ("og", "and"). */
  lang: MessageLang;
  /** The grant schemes the plan belongs to: its `ordning`, else its kind's. */
  schemes: readonly Scheme[];
  /** What the plan's kind tells this rule (`elevstemmen`: which field holds the pupil voice). */
  options: Readonly<Record<string, unknown>>;
  /** Another plan this one names by its file, or undefined when the check has no files to read. */
  related(reference: string): RelatedPlan | undefined;
  report(messageId: Id, path: Path, args?: MessageArgs, anchor?: Anchor): void;
}

/** One rule: its metadata is the single source for `dekom rules`, formatters and docs links. */
export interface Rule<Id extends string = string> {
  id: string;
  severity: Severity;
  /** One line for `dekom rules`, nb and en. */
  summary: Record<RuleTextLang, string>;
  /** Templates with `{name}` placeholders, ESLint-style. */
  messages: Record<Id, Record<RuleTextLang, string>>;
  /**
   * Runs only on the kinds that switch it on in their definition (the co-funding of the
   * long-term plan, the university partner of network plans); other rules run on every
   * kind that does not switch them off.
   */
  perKind?: true;
  /** `dekom check --fix` rewrites what it reports. */
  fixable?: true;
  /** The options a config may give it, by name and type, with their defaults in the rule. */
  options?: RuleOptionTypes;
  /**
   * Rules that run on the data. Rules without it (`yaml-syntax`, `schema`, `unknown-key`)
   * are reported by the engine while parsing and validating.
   */
  check?(context: RuleContext<Id>): void;
}

/** Keeps the rule's literal id and message ids, so the nynorsk texts can be checked against them. */
export function defineRule<const Id extends string, const R extends Rule<Id>>(rule: R & { messages: Record<Id, Record<RuleTextLang, string>> }): R {
  return rule;
}
