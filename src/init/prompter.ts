/**
 * The questions `init` asks, apart from how they are shown: the terminal answers them
 * through inquirer, tests through a script, a resumed draft by replaying its answers.
 */

interface Question {
  /** The path of the answer in the plan (`mål[0].frist`), unique in one run: drafts replay by it. */
  id: string;
  message: string;
  /** The guiding question, shown under the prompt. */
  help?: string;
  /** Where the flow is, such as `4/16`, for a section asked as one question. */
  progress?: string;
}

export interface TextQuestion extends Question {
  default?: string;
  /** How to answer, shown beside the message while typing, such as "skill med komma". */
  hint?: string;
  /** Several lines, ended by an empty line. */
  multiline?: boolean;
  /** Lines typed before a session was interrupted: the prompt goes on after them. */
  typed?: string;
  /** `true`, or the reason the answer is refused; the prompt shows it and asks again. */
  validate?: (answer: string) => true | string;
  /** How an accepted answer is shown, such as a Norwegian date turned to ISO. */
  display?: (answer: string) => string;
}

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface SelectQuestion<T extends string> extends Question {
  choices: readonly Choice<T>[];
  default?: T;
}

export interface CheckboxQuestion<T extends string> extends Question {
  choices: readonly Choice<T>[];
  /** At least one must be ticked. */
  required?: boolean;
}

export interface ConfirmQuestion extends Question {
  default?: boolean;
}

export interface Prompter {
  text(question: TextQuestion): Promise<string>;
  select<T extends string>(question: SelectQuestion<T>): Promise<T>;
  checkbox<T extends string>(question: CheckboxQuestion<T>): Promise<T[]>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  /** A heading for a section of several questions, with its guiding question. */
  section(title: string, help?: string, progress?: string): void;
  /** A line of information between questions; `strong` for a title, `quiet` for an aside. */
  say(text: string, tone?: 'strong' | 'quiet'): void;
}

/** An answer as a prompt gives it, before it is read into the plan. */
export type RawAnswer = string | boolean | string[];

/** The person at the terminal stopped (Ctrl-C, a closed terminal): keep the draft, end quietly. */
export class PromptCancelled extends Error {
  /** The lines of a longer answer already typed when it stopped: kept in the draft. */
  constructor(readonly typed?: string) {
    super('prompt cancelled');
    this.name = 'PromptCancelled';
  }
}

/** What is typed at a prompt to go back to the question before it. */
export const BACK_KEY = '<';

/** The person asked to go back to the previous question, to revise its answer. */
export class GoBack extends Error {
  constructor() {
    super('go back');
    this.name = 'GoBack';
  }
}
