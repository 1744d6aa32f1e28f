import { zip } from '../../src/render/docx/zip.js';

/**
 * Word documents written as WordprocessingML by hand, the way Word saves a municipality's
 * filled-in template: Norwegian style ids, content controls (w:sdt) with and without an
 * answer, lists, tables with empty rows. Not made through dekom, so the importer is
 * tested against documents it did not write.
 */

export type Run = string | { text: string; bold?: boolean; italic?: boolean };
export type Paragraph = { p: Run[]; style?: 'Tittel' | 'Overskrift1' | 'Overskrift2' | 'Overskrift3' | 'Listeavsnitt'; list?: 'bullet' | 'number'; level?: number };
export type Block = Paragraph | { table: Cell[][] } | { sdtBlock: string | null };
export type Cell = Block[] | string;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A content control as Word writes one: showing its placeholder when `answer` is null. */
export function control(answer: string | null, kind: 'text' | 'dropdown' = 'text'): { control: string | null; kind: 'text' | 'dropdown' } {
  return { control: answer, kind };
}

type Inline = Run | ReturnType<typeof control>;

/** Word numbers its content controls; a counter keeps a fixture the same from one run to the next. */
let controls = 1000;

function runXml(run: Run): string {
  const { text, bold, italic } = typeof run === 'string' ? { text: run, bold: false, italic: false } : run;
  const props = `${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

function controlXml({ control: answer, kind }: ReturnType<typeof control>): string {
  const placeholder = kind === 'dropdown' ? 'Velg et element.' : 'Klikk eller trykk her for å skrive inn tekst.';
  const list = kind === 'dropdown' ? '<w:dropDownList><w:listItem w:displayText="Velg et element." w:value=""/><w:listItem w:displayText="Ja" w:value="Ja"/><w:listItem w:displayText="Nei" w:value="Nei"/></w:dropDownList>' : '<w:text/>';
  const shown = answer === null ? '<w:showingPlcHdr/>' : '';
  const content = answer === null ? `<w:r><w:rPr><w:rStyle w:val="Plassholdertekst"/></w:rPr><w:t>${placeholder}</w:t></w:r>` : runXml(answer);
  return `<w:sdt><w:sdtPr><w:id w:val="${++controls}"/>${shown}${list}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

function inlineXml(parts: readonly Inline[]): string {
  return parts.map((part) => (typeof part === 'object' && 'control' in part ? controlXml(part) : runXml(part as Run))).join('');
}

export function p(...parts: Inline[]): Paragraph {
  return { p: parts as Run[] };
}
export const h1 = (text: string): Paragraph => ({ p: [text], style: 'Overskrift1' });
export const h2 = (text: string): Paragraph => ({ p: [text], style: 'Overskrift2' });
export const title = (text: string): Paragraph => ({ p: [text], style: 'Tittel' });
export const bold = (text: string): Paragraph => ({ p: [{ text, bold: true }] });
export const bullet = (text: string, level = 0): Paragraph => ({ p: [text], style: 'Listeavsnitt', list: 'bullet', level });
export const numbered = (text: string): Paragraph => ({ p: [text], style: 'Listeavsnitt', list: 'number' });
export const table = (...rows: Cell[][]): Block => ({ table: rows });

function blockXml(block: Block): string {
  if ('table' in block) {
    const rows = block.table.map(
      (row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${(typeof cell === 'string' ? [p(cell)] : cell.length ? cell : [p()]).map(blockXml).join('')}</w:tc>`).join('')}</w:tr>`,
    );
    return `<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutenett"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`;
  }
  if ('sdtBlock' in block) {
    const shown = block.sdtBlock === null ? '<w:showingPlcHdr/>' : '';
    return `<w:sdt><w:sdtPr>${shown}</w:sdtPr><w:sdtContent><w:p>${runXml(block.sdtBlock ?? 'Klikk eller trykk her for å skrive inn tekst.')}</w:p></w:sdtContent></w:sdt>`;
  }
  const props = [
    block.style ? `<w:pStyle w:val="${block.style}"/>` : '',
    block.list ? `<w:numPr><w:ilvl w:val="${block.level ?? 0}"/><w:numId w:val="${block.list === 'bullet' ? 1 : 2}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${inlineXml(block.p as Inline[])}</w:p>`;
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function style(id: string, name: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>${extra}</w:style>`;
}

/** A .docx as Word in Norwegian saves it: style ids "Overskrift1", "Tittel", "Listeavsnitt". */
export function wordDocument(blocks: readonly Block[], language = 'nb-NO'): Uint8Array {
  controls = 1000;
  const body = blocks.map(blockXml).join('');
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="${language}"/></w:rPr></w:rPrDefault></w:docDefaults>${style('Normal', 'Normal')}${style('Tittel', 'Title')}${style('Overskrift1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>')}${style('Overskrift2', 'heading 2', '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>')}${style('Overskrift3', 'heading 3', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr>')}${style('Listeavsnitt', 'List Paragraph')}</w:styles>`;
  const level = (ilvl: number, format: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${format === 'bullet' ? '·' : `%${ilvl + 1}.`}"/></w:lvl>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NS}><w:abstractNum w:abstractNumId="0">${level(0, 'bullet')}${level(1, 'bullet')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level(0, 'decimal')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const parts = new Map<string, string>([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    ],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    [
      'word/_rels/document.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    ],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`],
    ['word/styles.xml', styles],
    ['word/numbering.xml', numbering],
  ]);
  return zip(parts);
}
