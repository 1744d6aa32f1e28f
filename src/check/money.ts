import { formatNok } from '../util/numbers.js';
import type { MessageLang } from './types.js';

/**
 * Amounts in messages as Norwegians write them, "1 250 000 kr" (no-break spaces), and as
 * "NOK 1,250,000" in English: the same words the rendered document uses.
 */
export function kr(amount: number, lang: MessageLang): string {
  return formatNok(amount, lang);
}

/**
 * The least whole-kroner amount that is at least `percent` % of `share`: 30 % of
 * 123 457 kr is 37 037,10 kr, so 37 038 kr. Counted in integers, so 30 % of 250 000 kr is
 * exactly 75 000 kr and never a rounding error above it.
 */
export function atLeastPercent(share: number, percent: number): number {
  return Math.ceil((share * percent) / 100);
}
