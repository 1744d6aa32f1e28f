/**
 * How alike two headings are, for matching a document's headings to a kind's titles:
 * numbering ("1. Innledning", "a)"), case, punctuation, filler words and small spelling
 * differences ("Tegn på læring/forbedring", "Forankringsbehov") do not count.
 */

const STOPWORDS = new Set([
  'og', 'i', 'pa', 'for', 'av', 'med', 'til', 'om', 'en', 'et', 'ei', 'den', 'det', 'de', 'som', 'er', 'eller', 'samt', 'fra', 'fra', 'ved',
  'hvordan', 'korleis', 'hva', 'kva', 'the', 'and', 'of', 'in', 'on', 'to', 'a', 'an', 'for', 'by', 'with', 'from', 'our', 'var', 'vart',
  'skal', 'vil', 'kan', 'ma', 'bor', 'vaere', 'vere', 'har', 'blir', 'bli', 'vi', 'dere', 'de', 'seg', 'sin', 'sitt', 'sine', 'osv',
  'shall', 'will', 'is', 'are', 'be', 'we', 'how', 'what',
]);

const NUMBERING = /^\s*(?:\d+(?:\.\d+)*\.?|[a-h]\)|[ivx]+\.)\s*/i;

/** Lower case, Norwegian letters folded (å→a, æ→ae, ø→o), numbering and punctuation gone. */
export function normalise(text: string): string {
  return text
    .replace(NUMBERING, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const tokenCache = new Map<string, string[]>();

export function tokens(text: string): string[] {
  let found = tokenCache.get(text);
  if (!found) {
    const words = normalise(text).split(' ').filter(Boolean);
    const content = words.filter((word) => !STOPWORDS.has(word));
    found = content.length > 0 ? content : words;
    if (tokenCache.size > 20_000) tokenCache.clear();
    tokenCache.set(text, found);
  }
  return found;
}

function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

/**
 * A document repeats its row labels and headings: each pair is worked out once, in a cache
 * that starts again when it grows past `limit`.
 */
function remembered<T>(limit: number, work: (a: string, b: string) => T): (key: string, a: string, b: string) => T {
  const cache = new Map<string, T>();
  return (key, a, b) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = work(a, b);
      if (cache.size > limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

const wordPair = remembered(200_000, (a, b) => wordsAlike(a, b));

/** Two words are one where they are the same, one is the other's compound head, or a typo apart. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return wordPair(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`, a, b);
}

function wordsAlike(a: string, b: string): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length >= 5 && longer.startsWith(shorter)) return true;
  if (shorter.length >= 8) return editDistanceAtMost(a, b, 2);
  if (shorter.length >= 4) return editDistanceAtMost(a, b, 1);
  return false;
}

const textPair = remembered(100_000, (a, b) => compare(a, b));

/**
 * 0 to 1: the share of words the two have in common, counted both ways, and how much of
 * the shorter the longer holds, so "5. Tiltak" is close to "Tiltak og fremdriftsplan".
 */
export function similarity(a: string, b: string): number {
  return textPair(`${a}\u0000${b}`, a, b);
}

function compare(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  // Most pairs share no word at all; words alike begin alike, which is quick to rule out.
  if (!left.some((word) => right.some((other) => word[0] === other[0] && word[1] === other[1]))) return 0;
  if (left.join(' ') === right.join(' ')) return 1;
  const used = new Set<number>();
  let common = 0;
  for (const word of left) {
    // The same word counts in full, a near one a little less, so "Skuleleiar" is not "Skuleeigar".
    const exact = right.findIndex((other, index) => !used.has(index) && other === word);
    const at = exact >= 0 ? exact : right.findIndex((other, index) => !used.has(index) && sameWord(word, other));
    if (at >= 0) {
      used.add(at);
      common += exact >= 0 ? 1 : 0.9;
    }
  }
  const dice = (2 * common) / (left.length + right.length);
  const containment = common / Math.min(left.length, right.length);
  return (dice + containment) / 2;
}

/** The best of a text against several titles (one per language). */
export function bestSimilarity(text: string, titles: readonly string[]): number {
  let best = 0;
  for (const title of titles) best = Math.max(best, similarity(text, title));
  return best;
}

/** The share of `part`'s words that `whole` holds: how much of a paragraph a guiding question already says. */
export function containedIn(part: string, whole: string): number {
  const left = tokens(part);
  const right = tokens(whole);
  if (left.length === 0 || right.length === 0) return 0;
  let common = 0;
  for (const word of left) if (right.some((other) => sameWord(word, other))) common++;
  return common / left.length;
}
