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

/** The placeholder text found in `value`, if any. */
export function findPlaceholder(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  for (const pattern of PLACEHOLDER_PATTERNS) {
    const match = pattern.exec(value);
    if (match) return match[0];
  }
  return undefined;
}
