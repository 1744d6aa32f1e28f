/**
 * Text left from the Word templates' content controls, or a stub an author meant to
 * replace. Matched case-insensitively anywhere in a text value.
 */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /klikk eller trykk her for å skrive inn tekst/i,
  /klikk eller trykk for å skrive inn en dato/i,
  /klikk her for å skrive inn tekst/i,
  /click or tap here to enter text/i,
  /velg et element/i,
  /choose an item/i,
  /fra dato til dato/i,
  /\bTODO\b/i,
  /\bFIXME\b/i,
  /\bTBD\b/,
  /lorem ipsum/i,
];

/** One alternation, so each text is scanned once however many patterns there are. */
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDER_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/** The placeholder text found in `value`, if any. */
export function findPlaceholder(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ANY_PLACEHOLDER.exec(value);
  // The alternation ignores case; a hit is confirmed by its own pattern (TBD is upper-case only).
  return match && PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(match[0])) ? match[0] : undefined;
}
