import { describe, expect, it } from 'vitest';
import { importWord } from '../../src/import/import.js';
import { renderablePlans, renderDocx, shown } from './support.js';

const PLANS = renderablePlans();

describe('render → import gives back what the document shows', () => {
  it('covers every example and the test plans that render', () => {
    expect(PLANS.filter((entry) => entry.name.startsWith('examples/'))).toHaveLength(4);
    expect(PLANS.length).toBeGreaterThan(20);
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it.each(PLANS.map((entry) => [entry.name, entry] as const))(`%s (${lang})`, async (_, { plan, kind }) => {
      const bytes = await renderDocx(plan, kind, lang);
      const imported = importWord(bytes, { display: 'plan.docx' });
      expect(imported.kind).toBe(kind);
      expect(shown(imported.plan, kind)).toEqual(shown(plan, kind));
    });
  }
});
