/**
 * Characters that take no room on screen: zero-width spaces and joiners, direction marks
 * and overrides, the soft hyphen, word joiners, a byte-order mark inside text. A key that
 * holds one looks exactly like a known key and is not one.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/gu;

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The text with each invisible character shown as its code point: `tit‹U+200B›tel`. */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `‹${codePoint(char)}›`);
}

/** The distinct invisible characters in the text, as code points. */
export function invisibleCodes(text: string): string[] {
  return [...new Set(text.match(INVISIBLE) ?? [])].map(codePoint);
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
