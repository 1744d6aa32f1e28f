import { andList } from '../../messages/catalogue.js';
import { atLeastPercent, kr } from '../money.js';
import { isRecord, kronerOf, rowName, rows, sameName, textOf } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** The owners' co-funding under the decentralised scheme, in per cent of the grant they receive. */
export const COFUNDING_PERCENT = 30;

export default defineRule({
  id: 'egenandel-30',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'En eiers egenandel i et DEKOM-tiltak er under 30 % av eierens andel av tilskuddet, eller mangler.',
    en: 'An owner’s co-funding of a DEKOM measure is below 30 % of its share of the grant, or missing.',
  },
  messages: {
    missing: {
      nb: '«{tiltak}» hører til desentralisert ordning, men har ingen «egenandel»; hver skoleeier bidrar med en egenandel på minst 30 % av tilskuddet den får.',
      en: '"{tiltak}" belongs to the decentralised scheme but has no "egenandel"; every school owner contributes at least 30 % of the grant it receives.',
    },
    owners: {
      nb: '{owners} er eier i «{tiltak}», men har ingen egenandel; kravet om egenandel gjelder alle skoleeiere.',
      en: '{owners} own part of "{tiltak}" but have no co-funding; the requirement applies to every school owner.',
    },
    low: {
      nb: 'Egenandelen til {owner} i «{tiltak}» er {amount}, under 30 % av eierens andel på {share}; den må være minst {least}.',
      en: 'The co-funding of {owner} in "{tiltak}" is {amount}, below 30 % of its share of {share}; it must be at least {least}.',
    },
    lowTotal: {
      nb: 'Egenandelen i «{tiltak}» er til sammen {amount}, under 30 % av eiernes andel av tilskuddet på {share}; den må være minst {least}.',
      en: 'The co-funding in "{tiltak}" comes to {amount}, below 30 % of the owners’ share of {share}; it must be at least {least}.',
    },
  },
  // «I desentralisert ordning stilles det krav til alle skoleeiere om å bidra med en egenandel
  // på 30 prosent av det statlige tilskuddet. Egenandelen kan være helt eller delvis i form av
  // lønn/frikjøp» (Statsforvalteren i Innlandet); «30 prosent av tilskuddet som de tildeles» (SF Oslo og Viken 2022).
  check({ plan, schemes, lang, report }) {
    for (const { row, path } of rows(plan, 'tiltak')) {
      const scheme = row['ordning'] ?? (schemes.length === 1 ? schemes[0] : undefined);
      if (scheme !== 'dekom') continue;
      const tiltak = rowName(row, 'tittel', path);
      const shares = rows(row, 'egenandel');
      if (shares.length === 0) {
        report('missing', row['egenandel'] === undefined ? path : [...path, 'egenandel'], { tiltak }, row['egenandel'] === undefined ? 'node' : 'key');
        continue;
      }
      const owners = Array.isArray(row['eiere']) ? row['eiere'].map((owner) => textOf(owner)?.trim()).filter((owner): owner is string => Boolean(owner)) : [];
      const without = owners.filter((owner) => !shares.some(({ row: share }) => sameName(share['eier'], owner)));
      if (without.length > 0) report('owners', [...path, 'egenandel'], { tiltak, owners: andList(without, lang) }, 'key');
      // Each owner against its own share where the plan gives it; the rest together against what is left.
      let rest = kronerOf(isRecord(row['fordeling']) ? row['fordeling']['eiere'] : undefined);
      let restAmount = 0;
      let restCount = 0;
      for (const { row: share, index } of shares) {
        const amount = kronerOf(share['beløp']);
        const own = kronerOf(share['andel']);
        if (own === undefined) {
          restAmount += amount ?? 0;
          restCount += 1;
          continue;
        }
        if (rest !== undefined) rest -= own;
        const least = atLeastPercent(own, COFUNDING_PERCENT);
        if (amount !== undefined && amount < least) {
          const owner = rowName(share, 'eier', [...path, 'egenandel', index]);
          report('low', [...path, 'egenandel', index, 'beløp'], { owner, tiltak, amount: kr(amount, lang), share: kr(own, lang), least: kr(least, lang) });
        }
      }
      if (restCount === 0 || rest === undefined || rest <= 0) continue;
      const least = atLeastPercent(rest, COFUNDING_PERCENT);
      if (restAmount < least) report('lowTotal', [...path, 'egenandel'], { tiltak, amount: kr(restAmount, lang), share: kr(rest, lang), least: kr(least, lang) }, 'key');
    }
  },
});
