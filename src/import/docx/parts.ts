import { child, children, find, parseXml, val } from './xml.js';

/**
 * The parts of a .docx besides the document itself that reading it needs: the styles
 * (which paragraph is a heading, which a list), the numbering (bullets or numbers), the
 * link targets, and the language and title the package states.
 */

export interface Style {
  name: string;
  basedOn?: string;
  outline?: number;
  numId?: string;
}

/** What reading the document's paragraphs needs from its other parts. */
export interface Parts {
  styles: Map<string, Style>;
  /** numId → ilvl → whether the level is numbered rather than bulleted. */
  numbering: Map<string, Map<string, boolean>>;
  links: Map<string, string>;
}

export function coreField(xml: string | undefined, name: string): string | undefined {
  if (!xml) return undefined;
  const match = new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml);
  const value = match?.[1]?.trim();
  return value ? value.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : undefined;
}

export function defaultLanguage(xml: string | undefined): string | undefined {
  if (!xml) return undefined;
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(xml)?.[0] ?? '';
  return /<w:lang\b[^>]*w:val="([^"]+)"/.exec(defaults)?.[1];
}

export function readStyles(xml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!xml) return styles;
  for (const style of children(find(parseXml(xml), 'w:styles'), 'w:style')) {
    const id = style.attrs['w:styleId'];
    if (!id) continue;
    const properties = child(style, 'w:pPr');
    const outline = val(properties, 'w:outlineLvl');
    const numId = val(child(properties, 'w:numPr'), 'w:numId');
    styles.set(id, {
      name: (val(style, 'w:name') ?? id).toLowerCase(),
      ...(val(style, 'w:basedOn') ? { basedOn: val(style, 'w:basedOn')! } : {}),
      ...(outline !== undefined ? { outline: Number(outline) } : {}),
      ...(numId ? { numId } : {}),
    });
  }
  return styles;
}

export function readNumbering(xml: string | undefined): Map<string, Map<string, boolean>> {
  const out = new Map<string, Map<string, boolean>>();
  if (!xml) return out;
  const root = find(parseXml(xml), 'w:numbering');
  const abstract = new Map<string, Map<string, boolean>>();
  for (const definition of children(root, 'w:abstractNum')) {
    const levels = new Map<string, boolean>();
    for (const level of children(definition, 'w:lvl')) {
      const format = val(level, 'w:numFmt') ?? 'bullet';
      levels.set(level.attrs['w:ilvl'] ?? '0', format !== 'bullet' && format !== 'none');
    }
    abstract.set(definition.attrs['w:abstractNumId'] ?? '', levels);
  }
  for (const num of children(root, 'w:num')) {
    const levels = abstract.get(val(num, 'w:abstractNumId') ?? '');
    if (levels) out.set(num.attrs['w:numId'] ?? '', levels);
  }
  return out;
}

export function readLinks(xml: string | undefined): Map<string, string> {
  const links = new Map<string, string>();
  if (!xml) return links;
  for (const match of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attrs = match[1]!;
    const id = /\bId="([^"]+)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(attrs)?.[1];
    if (id && target && /TargetMode="External"/.test(attrs)) links.set(id, target.replace(/&amp;/g, '&'));
  }
  return links;
}

/** Heading level of a style, following `basedOn`: Word's own names are English whatever the language. */
export function styleLevel(styles: Map<string, Style>, id: string | undefined): { level?: number; skip?: boolean; numId?: string } {
  const seen = new Set<string>();
  let numId: string | undefined;
  for (let current = id ? styles.get(id) : undefined; current && !seen.has(current.name); current = current.basedOn ? styles.get(current.basedOn) : undefined) {
    seen.add(current.name);
    numId ??= current.numId;
    if (/^(toc|toc heading|header|footer|caption)\b/.test(current.name)) return { skip: true };
    const heading = /^heading (\d)$/.exec(current.name);
    if (heading) return { level: Number(heading[1]), numId };
    if (current.name === 'title') return { level: 0, numId };
    if (current.outline !== undefined && current.outline < 9) return { level: current.outline + 1, numId };
  }
  // A style id without a style part: Word's English ids are still telling.
  const fromId = id ? /^(?:Heading|Overskrift)(\d)$/i.exec(id) : null;
  if (fromId) return { level: Number(fromId[1]), numId };
  if (id === 'Title' || id === 'Tittel') return { level: 0, numId };
  if (id && /^(TOC|INNH)/i.test(id)) return { skip: true };
  return { numId };
}
