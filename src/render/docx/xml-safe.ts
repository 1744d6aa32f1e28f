/**
 * Characters XML 1.0 cannot carry at all, not even as references: most C0 controls,
 * U+FFFE, U+FFFF and lone surrogates. Word refuses a document that holds one.
 */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without what XML forbids. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** How many characters XML forbids the text holds. */
export function countXmlForbidden(text: string): number {
  return text.match(XML_FORBIDDEN)?.length ?? 0;
}
