import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../src/check/registry.js';
import { KIND_DEFINITIONS, KINDS } from '../../src/kinds/index.js';
import { definitionMistakes, type Node } from '../../src/model/define.js';
import { walkNodes } from '../../src/model/tree.js';

const LANGS = ['nb', 'nn', 'en'] as const;

describe('the kind definitions', () => {
  it('are the folders of src/kinds, in their list order', () => {
    expect(KINDS.slice(0, 4)).toEqual(['nettverksplan', 'kompetanseplan', 'skoleplan', 'kommuneplan']);
    expect(new Set(KINDS).size).toBe(KINDS.length);
  });

  it.each(KIND_DEFINITIONS.map((kind) => [kind.id, kind] as const))('%s is well defined', (_, kind) => {
    expect(definitionMistakes(kind)).toEqual([]);
  });

  it.each(KIND_DEFINITIONS.map((kind) => [kind.id, kind] as const))('%s has every title in bokmål, nynorsk and English, and every field a guiding question', (_, kind) => {
    const missing: string[] = [];
    for (const lang of LANGS) if (!kind.names[lang]) missing.push(`name ${lang}`);
    for (const { node, pattern } of walkNodes(kind.sections)) {
      for (const lang of LANGS) if (!node.title[lang]?.trim()) missing.push(`${pattern || node.key} ${lang}`);
      if (node.node === 'field' && !node.help?.nb) missing.push(`${pattern}: no guiding question`);
      if (node.node === 'field' && !node.help?.en) missing.push(`${pattern}: no English guiding question`);
    }
    expect(missing).toEqual([]);
  });

  it.each(KIND_DEFINITIONS.map((kind) => [kind.id, kind] as const))('%s switches only rules that exist', (_, kind) => {
    for (const id of Object.keys(kind.rules ?? {})) expect(RULES_BY_ID.has(id), id).toBe(true);
  });

  it('a definition with a key twice, a blank title or a value shown from nowhere is refused, naming each mistake', () => {
    const title = { nb: 'Tittel', nn: 'Tittel', en: 'Title' };
    const sections: Node[] = [
      { node: 'field', key: 'a', value: { type: 'prose' }, presence: 'required', title },
      { node: 'field', key: 'a', value: { type: 'text' }, presence: 'required', title: { ...title, nn: ' ' } },
      { node: 'show', key: 'vis', path: 'finnes.ikke', as: 'text', title },
    ];
    expect(definitionMistakes({ id: 'prøve', names: title, sections })).toEqual([
      '"a" has no nn title',
      '"a" stands twice in one mapping',
      '"vis" shows "finnes.ikke", which the kind does not have',
    ]);
  });
});
