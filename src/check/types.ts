import type { Kind } from '../kinds/index.js';
import type { PlanFacts } from './facts.js';
import type { ParseOptions } from '../load/limits.js';
import type { RuleSetting, Severity } from '../config/rule-setting.js';
import type { RelatedPlan } from './related.js';

export type { RuleSetting, Severity };

/** Languages for `check` messages: the reader's language. */
export type MessageLang = 'nb' | 'nn' | 'en';

/** The languages a rule file writes its texts in; nynorsk is kept in src/messages/nn/rules.ts. */
export type RuleTextLang = 'nb' | 'en';

export interface Problem {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  /** The path in the document's words, "Tiltak og fremdriftsplan › Oppgave nr. 3 «Elevsamtaler»", for people; `path` is for programs. */
  where?: string;
  line: number;
  column: number;
  /** The rule's documentation page. */
  docs: string;
}

/** How much of one section of the seed is filled in. */
export interface SectionResult {
  key: string;
  title: string;
  completeness: number;
}

export interface FileResult {
  file: string;
  type: Kind | null;
  completeness: number;
  /** The kind's top sections in document order; absent when the file is not a plan of a known kind. */
  sections?: SectionResult[];
  problems: Problem[];
  /** Who does what and when, for `status` and `calendar`; absent when the file is not a plan of a known kind. */
  facts?: PlanFacts;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

export interface Report {
  files: FileResult[];
  summary: Summary;
}

export interface CheckOptions {
  lang: MessageLang;
  /** ISO date used as "today" by `overdue`. */
  today: string;
  /** Per-rule severity overrides; a rule set to `off` does not run. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** What the config tells rules beside their severity: `{ 'meeting-gap': { days: 120 } }`. */
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Smaller parse limits than the built-in ones (bytes, lines, nodes, depth, entries), as tests use. */
  limits?: ParseOptions['limits'];
  /** Reads another plan a plan names by its file, relative to the plan; without it such references go unchecked. */
  related?: (reference: string) => RelatedPlan;
}
