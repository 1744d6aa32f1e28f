import { formatMessage, type MessageArgs } from '../format.js';
import { en } from './en.js';
import { nb, type LabelKey } from './nb.js';
import { nn } from './nn.js';

export type { LabelKey } from './nb.js';

/** The languages a document is written in; nynorsk is a document language, not a message language. */
export const DOCUMENT_LANGS = ['nb', 'nn', 'en'] as const;
export type DocumentLang = (typeof DOCUMENT_LANGS)[number];

/**
 * Headings and labels of rendered documents. Templates look every word up here, so one
 * template serves all three languages; the keys are the same in all three.
 */
export const LABELS: Readonly<Record<DocumentLang, Readonly<Record<LabelKey, string>>>> = { nb, nn, en };

/** Own keys only: a template asking for `constructor` gets nothing from Object.prototype. */
export function isLabelKey(key: string): key is LabelKey {
  return Object.hasOwn(nb, key);
}

export function label(lang: DocumentLang, key: LabelKey, args?: MessageArgs): string {
  return formatMessage(LABELS[lang][key], args);
}

/** The BCP 47 tag Word needs for spell-checking and hyphenation. */
export const WORD_LANGUAGE: Readonly<Record<DocumentLang, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
