import { BACK_KEY, GoBack, PromptCancelled, type Prompter, type RawAnswer } from '../../src/init/prompter.js';

/** Ctrl-C at this point of the script. */
export const INTERRUPT = 'INTERRUPT' as const;

/** The question expected next, by id, and the answer typed or picked (`<` to go back); or an interruption. */
export type Step = readonly [id: string, answer: RawAnswer] | typeof INTERRUPT;

const INTERRUPTED_TYPING = '^C while typing';

/** Ctrl-C in the middle of a longer answer, after these lines were typed. */
export const interruptedAfter = (lines: string): Step => [INTERRUPTED_TYPING, lines];

export interface Refusal {
  id: string;
  answer: string;
  reason: string;
}

export interface Scripted extends Prompter {
  /** Everything shown and answered, one line each: what the person at the terminal would see. */
  readonly transcript: string[];
  readonly refusals: Refusal[];
  /** Steps not yet used. */
  remaining(): number;
}

/**
 * A prompter that answers from a script, as a person would type: a refused answer is
 * recorded with its reason and the next step must answer the same question again.
 */
export function scripted(steps: readonly Step[]): Scripted {
  const queue = [...steps];
  const transcript: string[] = [];
  const refusals: Refusal[] = [];
  const next = (id: string): RawAnswer => {
    const step = queue.shift();
    if (step === undefined) throw new Error(`script ended, but the flow asks "${id}"`);
    if (step === INTERRUPT) {
      transcript.push(`^C at ${id}`);
      throw new PromptCancelled();
    }
    if (step[0] === INTERRUPTED_TYPING) {
      transcript.push(`^C in ${id} after ${JSON.stringify(step[1])}`);
      throw new PromptCancelled(String(step[1]));
    }
    if (step[0] !== id) throw new Error(`script expects "${step[0]}", but the flow asks "${id}"`);
    if (step[1] === BACK_KEY) {
      transcript.push(`< at ${id}`);
      throw new GoBack();
    }
    return step[1];
  };
  return {
    transcript,
    refusals,
    remaining: () => queue.length,
    async text(q) {
      for (;;) {
        const typed = next(q.id);
        if (typeof typed !== 'string') throw new Error(`"${q.id}" needs text, the script gives ${JSON.stringify(typed)}`);
        // Going on from lines kept in a draft: what is typed now follows them.
        const answer = q.typed !== undefined ? [q.typed, typed].filter(Boolean).join('\n') : typed === '' && q.default !== undefined ? q.default : typed;
        const verdict = q.validate?.(answer) ?? true;
        if (verdict === true) {
          transcript.push(`? ${q.message} › ${q.display ? q.display(answer) : answer}`);
          return answer;
        }
        refusals.push({ id: q.id, answer, reason: verdict });
        transcript.push(`? ${q.message} › ${answer}  ✖ ${verdict}`);
      }
    },
    async select(q) {
      const picked = next(q.id);
      const choice = q.choices.find((c) => c.value === picked);
      if (!choice) throw new Error(`"${q.id}" offers ${q.choices.map((c) => c.value).join(', ')}; the script picks ${JSON.stringify(picked)}`);
      transcript.push(`? ${q.message} › ${choice.name}`);
      return choice.value;
    },
    async checkbox(q) {
      const picked = next(q.id);
      if (!Array.isArray(picked) || !picked.every((p) => q.choices.some((c) => c.value === p))) {
        throw new Error(`"${q.id}" offers ${q.choices.map((c) => c.value).join(', ')}; the script picks ${JSON.stringify(picked)}`);
      }
      transcript.push(`? ${q.message} › ${picked.join(', ')}`);
      return q.choices.filter((c) => picked.includes(c.value)).map((c) => c.value);
    },
    async confirm(q) {
      const answer = next(q.id);
      if (typeof answer !== 'boolean') throw new Error(`"${q.id}" is yes/no, the script gives ${JSON.stringify(answer)}`);
      transcript.push(`? ${q.message} › ${answer ? 'ja' : 'nei'}`);
      return answer;
    },
    section(title, _help, progress) {
      transcript.push(`## ${title}${progress ? ` (${progress})` : ''}`);
    },
    say(text) {
      transcript.push(text);
    },
  };
}
