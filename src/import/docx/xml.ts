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

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * A WordprocessingML part as a tree. Office writes well-formed XML without a DTD, so one
 * scan from "<" to "<" reads it; a 30-page document.xml of a few hundred kilobytes takes
 * milliseconds. Whitespace between tags is dropped: in Word only `w:t` holds text.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let top = root;
  let at = 0;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    const between = xml.slice(at, open < 0 ? xml.length : open);
    if (between !== '' && (top.name === 'w:t' || between.trim() !== '')) top.children.push(decode(between));
    if (open < 0) break;
    if (xml.startsWith('<!--', open)) {
      at = skip(xml, open, '-->');
      continue;
    }
    if (xml.startsWith('<![CDATA[', open)) {
      const close = xml.indexOf(']]>', open);
      top.children.push(xml.slice(open + 9, close < 0 ? xml.length : close));
      at = close < 0 ? xml.length : close + 3;
      continue;
    }
    if (xml[open + 1] === '?' || xml[open + 1] === '!') {
      at = skip(xml, open, '>');
      continue;
    }
    const close = tagEnd(xml, open);
    const inner = xml.slice(open + 1, close);
    at = close + 1;
    if (inner[0] === '/') {
      // Pop to the matching element; a stray end tag closes nothing.
      const name = inner.slice(1).trim();
      for (let index = stack.length - 1; index > 0; index--) {
        if (stack[index]!.name !== name) continue;
        stack.length = index;
        top = stack[index - 1]!;
        break;
      }
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const space = body.search(/\s/);
    const name = space < 0 ? body : body.slice(0, space);
    const attrs: Record<string, string> = {};
    if (space >= 0) for (const attr of body.slice(space).matchAll(ATTR)) attrs[attr[1]!] = decode(attr[2] ?? attr[3] ?? '');
    const element: XmlElement = { name, attrs, children: [] };
    top.children.push(element);
    if (!selfClosing) {
      stack.push(element);
      top = element;
    }
  }
  return root;
}

function skip(xml: string, from: number, end: string): number {
  const found = xml.indexOf(end, from);
  return found < 0 ? xml.length : found + end.length;
}

/** The ">" that ends a tag, past any ">" inside a quoted attribute value. */
function tagEnd(xml: string, from: number): number {
  let end = xml.indexOf('>', from);
  while (end >= 0 && quotesOpen(xml, from, end)) end = xml.indexOf('>', end + 1);
  return end < 0 ? xml.length : end;
}

function quotesOpen(xml: string, from: number, to: number): boolean {
  let count = 0;
  for (let index = xml.indexOf('"', from); index >= 0 && index < to; index = xml.indexOf('"', index + 1)) count++;
  return count % 2 === 1;
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
