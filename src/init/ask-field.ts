import { isRecord } from '../model/walk.js';
import { ti, type InitLang } from '../messages/init.js';
import type { Kind } from '../kinds/index.js';
import type { Field, FieldOf } from './fields.js';
import { helpOf, labelOf } from './labels.js';
import type { Choice, Prompter } from './prompter.js';
import { readAnswer, type AnswerScope } from './read-answer.js';

const OTHER = ':annet:';
const SKIP = ':hopp-over:';
/** The choice of an open list of options that lets the author write their own words. */
const OWN_WORDS = ':egne-ord:';

/** One scalar question: which prompt fits the field, and what its answer means in the plan. */
export interface ScalarAsk {
  kind: Kind;
  lang: InitLang;
  prompter: Prompter;
  field: Field;
  /** The answer's path in the plan, the question's id. */
  id: string;
  /** Refuse an empty answer. */
  mustAnswer: boolean;
  /** The mapping the answer goes into, as answered so far. */
  siblings: Readonly<Record<string, unknown>>;
  /** The whole plan so far: people and goal ids are offered from it. */
  plan: Readonly<Record<string, unknown>>;
  /** The row's number from 1, for defaults such as `M{n}`. */
  row?: number;
  progress?: string;
}

/** Asks one scalar field and returns its value for the plan; `undefined` when skipped. */
export async function askScalar(ask: ScalarAsk): Promise<unknown> {
  const { field, prompter, id, lang } = ask;
  const label = labelOf(field, lang);
  const help = helpOf(field, lang);
  const base = { id, message: label, help, ...(ask.progress ? { progress: ask.progress } : {}) };
  const fill = (template: string | undefined) => template?.replace('{n}', String(ask.row ?? 1));

  if (field.ask.auto) return fill(field.ask.auto);
  switch (field.type) {
    case 'fixed':
      return field.value;
    case 'yesno':
      return prompter.confirm({ ...base, default: false });
    case 'choice': {
      const fallback = fill(field.ask.default);
      const choices: Choice<string>[] = field.options.map((value) => ({ value, name: value, description: field.labels[value]![lang] }));
      if (field.open) choices.push({ value: OWN_WORDS, name: ti(lang, 'choice.other') });
      if (!ask.mustAnswer && !fallback) choices.push({ value: SKIP, name: ti(lang, 'choice.skip') });
      const answer = await prompter.select({ ...base, choices, ...(fallback ? { default: fallback } : {}) });
      if (answer === OWN_WORDS) return askOwnWords(ask, base, label);
      return answer === SKIP ? undefined : answer;
    }
    case 'values':
      if (field.ask.goals) return askGoals(ask, base);
      if (field.item.type === 'choice') return askChoices(ask, base, field.item);
      break;
    case 'text':
      if (field.ask.people) return askPerson(ask, base, label);
      break;
  }
  return askText(ask, base, label);
}

/** An open choice answered in the author's own words, under a question of its own. */
function askOwnWords(ask: ScalarAsk, base: { id: string; message: string; help: string }, label: string): Promise<unknown> {
  const id = `${ask.id}#tekst`;
  return askText({ ...ask, id, mustAnswer: true }, { ...base, id, message: ti(ask.lang, 'choice.otherQuestion', { label }) }, label);
}

const HINTS: Partial<Record<Field['type'], Parameters<typeof ti>[1]>> = { prose: 'prose.hint', values: 'values.hint', perYear: 'perYear.hint' };

async function askText(ask: ScalarAsk, base: { id: string; message: string; help: string }, label: string): Promise<unknown> {
  const { field, prompter, lang } = ask;
  const scope: AnswerScope = { lang, label, mustAnswer: ask.mustAnswer, siblings: ask.siblings };
  const fallback = field.ask.default?.replace('{n}', String(ask.row ?? 1));
  const hintKey = HINTS[field.type];
  const hint = hintKey ? ti(lang, hintKey) : undefined;
  const raw = await prompter.text({
    ...base,
    ...(hint ? { hint } : {}),
    ...(fallback ? { default: fallback } : {}),
    ...(field.type === 'prose' ? { multiline: true } : {}),
    validate: (answer) => {
      const reading = readAnswer(field, answer, scope);
      return reading.ok ? true : reading.reason;
    },
    ...(field.type === 'date' || field.type === 'datetime'
      ? {
          display: (answer: string) => {
            const reading = readAnswer(field, answer, scope);
            return reading.ok && typeof reading.value === 'string' ? reading.value : answer;
          },
        }
      : {}),
  });
  const reading = readAnswer(field, raw, scope);
  return reading.ok ? reading.value : undefined;
}

/** Owners are picked from the people the plan already names, so `owner-known` is satisfied. */
async function askPerson(ask: ScalarAsk, base: { id: string; message: string; help: string }, label: string): Promise<unknown> {
  const people = peopleOf(ask.plan);
  if (people.length === 0) return askText(ask, base, label);
  const choices: Choice<string>[] = people.map(({ name, about }) => ({ value: name, name, ...(about ? { description: about } : {}) }));
  choices.push({ value: OTHER, name: ti(ask.lang, 'people.other') });
  if (!ask.mustAnswer) choices.push({ value: SKIP, name: ti(ask.lang, 'people.skip') });
  const answer = await ask.prompter.select({ ...base, choices });
  if (answer === SKIP) return undefined;
  if (answer !== OTHER) return answer;
  return askText({ ...ask, id: `${ask.id}#navn` }, { ...base, id: `${ask.id}#navn`, message: ti(ask.lang, 'people.otherQuestion', { label }) }, label);
}

/**
 * Several of a list of choices, such as a partner's roles: ticked, none typed. An open list
 * also takes the author's own words, typed after the ticks.
 */
async function askChoices(ask: ScalarAsk, base: { id: string; message: string; help: string }, item: FieldOf<'choice'>): Promise<unknown> {
  const choices: Choice<string>[] = item.options.map((value) => ({ value, name: value, description: item.labels[value]![ask.lang] }));
  if (item.open) choices.push({ value: OWN_WORDS, name: ti(ask.lang, 'choice.other') });
  const picked = await ask.prompter.checkbox({ ...base, choices, ...(ask.mustAnswer ? { required: true } : {}) });
  const ticked = picked.filter((value) => value !== OWN_WORDS);
  if (ticked.length === picked.length) return ticked.length > 0 ? ticked : undefined;
  const own = await askOwnWords(ask, base, labelOf(ask.field, ask.lang));
  return [...ticked, ...(Array.isArray(own) ? own : [])];
}

async function askGoals(ask: ScalarAsk, base: { id: string; message: string; help: string }): Promise<unknown> {
  const goals = Array.isArray(ask.plan['mål']) ? ask.plan['mål'].filter(isRecord) : [];
  const choices: Choice<string>[] = goals
    .filter((goal) => typeof goal['id'] === 'string')
    .map((goal) => ({ value: goal['id'] as string, name: [goal['id'], goal['beskrivelse']].filter((s) => typeof s === 'string').join(' – ') }));
  if (choices.length === 0) return undefined;
  const picked = await ask.prompter.checkbox({ ...base, choices });
  return picked.length > 0 ? picked : undefined;
}

/** Partners, their contact persons and the plan's contact, each once, in the order entered. */
export function peopleOf(plan: Readonly<Record<string, unknown>>): { name: string; about?: string }[] {
  const out = new Map<string, string | undefined>();
  const add = (name: unknown, about?: unknown) => {
    if (typeof name === 'string' && name.trim() !== '' && !out.has(name.trim())) {
      out.set(name.trim(), typeof about === 'string' ? about : undefined);
    }
  };
  for (const partner of Array.isArray(plan['parter']) ? plan['parter'].filter(isRecord) : []) {
    add(partner['navn'], partner['rolle']);
    add(partner['kontaktperson'], partner['navn']);
  }
  if (isRecord(plan['kontakt'])) add(plan['kontakt']['navn'], plan['kontakt']['rolle']);
  // A name typed once as an owner is offered again for the next goal, task or meeting.
  for (const list of ['mål', 'oppgaver', 'tidsplan']) {
    for (const row of Array.isArray(plan[list]) ? plan[list].filter(isRecord) : []) add(row['ansvarlig']);
  }
  return [...out].map(([name, about]) => (about ? { name, about } : { name }));
}
