import { ti, type InitLang } from '../messages/init.js';
import { recorder, type LoggedAnswer } from './draft.js';
import { GoBack, type Prompter } from './prompter.js';

export interface SessionOptions {
  lang: InitLang;
  /** Answers from a draft, given again without asking. */
  replay: readonly LoggedAnswer[];
  /** Every answer as it is given, with all given before it: the draft is saved from this. */
  onAnswer(log: readonly LoggedAnswer[]): void;
}

/**
 * Runs a flow of questions that can be walked back: on `<` the flow starts over with its
 * answers but the last given again without asking, so it stops at that question, which
 * offers the answer to revise. The flow is a function of its answers, so nothing else is kept.
 */
export async function session<T>(inner: Prompter, options: SessionOptions, run: (prompter: Prompter) => Promise<T>): Promise<T> {
  let replay = options.replay;
  let revise: LoggedAnswer | undefined;
  let log: readonly LoggedAnswer[] = replay;
  for (;;) {
    const asking = recorder(inner, {
      replay,
      lang: options.lang,
      ...(revise ? { revise, quiet: true } : {}),
      onAnswer(answered) {
        log = answered;
        options.onAnswer(answered);
      },
    });
    // Answers replayed from the draft count as given, also before the first live answer.
    log = replay;
    try {
      return await run(asking);
    } catch (error) {
      if (!(error instanceof GoBack)) throw error;
      revise = log.at(-1);
      replay = log.slice(0, -1);
      inner.say(ti(options.lang, revise ? 'back.going' : 'back.first'), 'quiet');
    }
  }
}
