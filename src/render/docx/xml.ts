import { xmlSafe } from './xml-safe.js';

/**
 * Text and attribute values for WordprocessingML. A plan may carry characters XML cannot
 * hold even as references (pasted from elsewhere); Word refuses a file with one, so
 * `xmlSafe` drops them before the markup characters are escaped.
 */
const MARKUP = /[&<>"]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** A string as element content or an attribute value (in double quotes). */
export function escapeXml(value: string): string {
  return xmlSafe(value).replace(MARKUP, (char) => ENTITIES[char]!);
}

/** The declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The namespaces of the main document, its footers and its other WordprocessingML parts. */
export const W_NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
