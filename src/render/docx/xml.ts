/**
 * Text and attribute values for WordprocessingML. XML 1.0 cannot hold most control
 * characters, a lone surrogate or U+FFFE/U+FFFF even as references, and Word refuses a
 * file that has one; a plan may carry them (pasted from elsewhere), so they are dropped.
 */
const SPECIAL = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** A string as element content or an attribute value (in double quotes). */
export function escapeXml(value: string): string {
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(value) ? value.replace(SPECIAL, (char) => ENTITIES[char] ?? '') : value;
}

/** The declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The namespaces of the main document, its footers and its other WordprocessingML parts. */
export const W_NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
