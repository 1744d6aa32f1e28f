import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { commentText, planDocument } from '../init/document.js';
import type { Kind } from '../kinds/index.js';
import { importMessage } from '../messages/import.js';
import type { Lang } from '../messages/catalogue.js';
import { NOTES } from '../model/notes.js';
import type { ImportedPlan } from './import.js';

/**
 * The imported plan as a dekom plan file: the schema line, `dekom: 1`, every section under
 * its guiding question, each date read from "uke 12" or "høsten 2026" with those words
 * beside it, and the notes under a word on what they are.
 */
export function importedYaml(imported: ImportedPlan, kind: Kind, lang: Lang, schemaRef: string): string {
  return planDocument(imported.plan, {
    kind,
    lang,
    schemaRef,
    annotate: (doc: Document) => {
      for (const date of imported.state.dates) {
        const node = doc.getIn(date.path, true);
        if (isScalar(node) || isSeq(node)) node.comment = ` ${importMessage(lang, 'interpreted', { original: date.original })}`;
      }
      const root = doc.contents;
      if (!isMap(root)) return;
      const notes = root.items.find((pair) => isScalar(pair.key) && pair.key.value === NOTES.key);
      const help = NOTES.help?.[lang] ?? NOTES.help?.nb;
      if (notes && isScalar(notes.key) && help) {
        notes.key.commentBefore = commentText(help, 0);
        notes.key.spaceBefore = true;
      }
    },
  });
}
