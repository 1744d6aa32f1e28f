import { InvalidArgumentError } from 'commander';
import type { Lang } from '../messages/catalogue.js';
import { t } from '../messages/catalogue.js';
import { readDay } from '../util/norwegian-dates.js';

export const LANGS = ['nb', 'nn', 'en'] as const;

/** The language of messages, known before the commands are built so `--help` speaks it too. */
export function resolveLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'nb' || value === 'nn') return value;
  }
  const fromEnv = env['DEKOM_LANG'];
  return fromEnv === 'en' || fromEnv === 'nn' ? fromEnv : 'nb';
}

export function parseChoice<T extends string>(lang: Lang, key: 'error.badFormat' | 'error.badLang' | 'error.badKind' | 'error.badSeverity', allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(t(lang, key, { value, allowed: allowed.join(', ') }));
  };
}

export function parseDate(lang: Lang) {
  return (value: string): string => {
    // `--today 15.03.2027` as well as 2027-03-15, as a date is read everywhere else.
    const day = readDay(value)?.iso;
    if (!day) throw new InvalidArgumentError(t(lang, 'error.badDate', { value }));
    return day;
  };
}

export function parseCount(lang: Lang) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t(lang, 'error.badNumber', { value }));
    return Number(value);
  };
}

export function parseConcurrency(lang: Lang) {
  return (value: string): number | 'auto' => {
    if (value === 'auto') return 'auto';
    if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError(t(lang, 'error.badConcurrency', { value }));
    return Number(value);
  };
}

