import { escapeXml, W_NAMESPACES, XML_DECLARATION } from './xml.js';

const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORD_TYPES = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** What the package says about itself: Word's document properties. */
export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  description?: string;
  /** BCP 47, as `dc:language`. */
  language: string;
  /** ISO day; created and modified are that day at midnight UTC, so a render can be made again byte for byte. */
  date: string;
}

export function coreXml(core: CoreProperties): string {
  const when = `${core.date}T00:00:00Z`;
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(core.title)}</dc:title><dc:subject>${escapeXml(core.subject)}</dc:subject><dc:creator>${escapeXml(core.creator)}</dc:creator>` +
    (core.description ? `<dc:description>${escapeXml(core.description)}</dc:description>` : '') +
    `<cp:lastModifiedBy>${escapeXml(core.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    `<dc:language>${escapeXml(core.language)}</dc:language></cp:coreProperties>`
  );
}

export const APP_XML = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>`;

/** Word asks on opening to update the fields, which fills in the table of contents' page numbers. */
export const SETTINGS_XML =
  `${XML_DECLARATION}<w:settings ${W_NAMESPACES}><w:defaultTabStop w:val="720"/><w:updateFields w:val="true"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

/** A footer of one paragraph in the Footer style; `{page}` and `{pages}` in the label become Word's page fields. */
export function footerXml(label?: string): string {
  const field = (name: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${name}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const runs = (label ?? '')
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? field('PAGE') : part === '{pages}' ? field('NUMPAGES') : `<w:r><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`))
    .join('');
  return `${XML_DECLARATION}<w:ftr ${W_NAMESPACES}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>${runs}</w:p></w:ftr>`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map(
    (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${items.join('')}</Relationships>`;
}

export const relationshipType = (name: string) => `${OFFICE_RELATIONSHIPS}/${name}`;

export const PACKAGE_RELS = relationshipsXml([
  { id: 'rId1', type: relationshipType('officeDocument'), target: 'word/document.xml' },
  { id: 'rId2', type: `${PACKAGE_RELATIONSHIPS}/metadata/core-properties`, target: 'docProps/core.xml' },
  { id: 'rId3', type: relationshipType('extended-properties'), target: 'docProps/app.xml' },
]);

/** The content type of each part, by its name in the package. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  'word/document.xml': `${WORD_TYPES}.document.main+xml`,
  'word/styles.xml': `${WORD_TYPES}.styles+xml`,
  'word/numbering.xml': `${WORD_TYPES}.numbering+xml`,
  'word/settings.xml': `${WORD_TYPES}.settings+xml`,
  'word/fontTable.xml': `${WORD_TYPES}.fontTable+xml`,
  'word/footer1.xml': `${WORD_TYPES}.footer+xml`,
  'word/footer2.xml': `${WORD_TYPES}.footer+xml`,
  'docProps/core.xml': 'application/vnd.openxmlformats-package.core-properties+xml',
  'docProps/app.xml': 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
};

export function contentTypesXml(parts: readonly string[]): string {
  const overrides = parts
    .filter((name) => CONTENT_TYPES[name])
    .map((name) => `<Override PartName="/${name}" ContentType="${CONTENT_TYPES[name]}"/>`);
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join('')}</Types>`
  );
}
