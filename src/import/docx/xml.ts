/** An element of an XML part: its qualified name, attributes and children in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const TAG = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * A WordprocessingML part as a tree. Office writes well-formed XML without a DTD, so one
 * pass of a tag pattern reads it; a 30-page document.xml of a few megabytes takes
 * milliseconds. Whitespace between tags is dropped: in Word only `w:t` holds text.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let last = 0;
  for (const match of xml.matchAll(TAG)) {
    const top = stack[stack.length - 1]!;
    const between = xml.slice(last, match.index);
    if (between.trim() !== '' || (between !== '' && top.name === 'w:t')) top.children.push(decode(between));
    last = match.index + match[0].length;
    const [whole, closing, name, attributes, selfClosing, cdata] = match;
    if (cdata !== undefined) {
      top.children.push(cdata);
      continue;
    }
    if (!name || whole.startsWith('<?') || whole.startsWith('<!')) continue;
    if (closing) {
      // Pop to the matching element; a stray end tag closes nothing.
      const at = stack.map((element) => element.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    if (attributes) for (const attr of attributes.matchAll(ATTR)) attrs[attr[1]!] = decode(attr[2] ?? attr[3] ?? '');
    const element: XmlElement = { name, attrs, children: [] };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  return root;
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object';
}

/** The first child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) if (isElement(node) && node.name === name) return node;
  return undefined;
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((node): node is XmlElement => isElement(node) && node.name === name);
}

/** The first element with this name anywhere below, depth first. */
export function find(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) {
    if (!isElement(node)) continue;
    if (node.name === name) return node;
    const found = find(node, name);
    if (found) return found;
  }
  return undefined;
}

/** `w:val` of a property element such as `<w:pStyle w:val="Heading1"/>`. */
export function val(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs['w:val'];
}
