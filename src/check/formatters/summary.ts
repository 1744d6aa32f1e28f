import { countWord, t, type Lang } from '../../messages/catalogue.js';
import type { Summary } from '../types.js';

/** The closing tally in words, so every text format ends with the same numbers and wording. */
export function summaryLine({ files, errors, warnings }: Summary, lang: Lang): { mark: '✔' | '✖' | '⚠'; text: string } {
  const total = errors + warnings;
  const fileWord = countWord(lang, 'file', files);
  if (total === 0) return { mark: '✔', text: t(lang, 'summary.clean', { files, fileWord }) };
  const text = t(lang, 'summary.problems', {
    total,
    problemWord: countWord(lang, 'problem', total),
    errors,
    errorWord: countWord(lang, 'error', errors),
    warnings,
    warningWord: countWord(lang, 'warning', warnings),
    files,
    fileWord,
  });
  return { mark: errors > 0 ? '✖' : '⚠', text };
}
