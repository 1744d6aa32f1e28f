import { statusText, type StatusMessageKey } from '../../messages/status.js';
import { TASK_STATES } from '../status.js';
import { itemWhat, percent } from './names.js';
import type { StatusFormatter } from './types.js';

/** A byte order mark: without it Excel reads UTF-8 as Windows-1252 and garbles æ, ø and å. */
const BOM = '\uFEFF';
/** Norwegian Excel splits on `;`: its list separator, since `,` is the decimal comma. */
const SEPARATOR = ';';
/** A cell Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR) is kept as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One line per plan, for a spreadsheet: dates as `YYYY-MM-DD`, which Excel in any locale reads
 * as dates, whole numbers without decimals, CRLF line ends as Excel writes them.
 */
export const csv: StatusFormatter = (report, { lang }) => {
  const heads: StatusMessageKey[] = ['col.file', 'col.organisation', 'col.title', 'col.type', 'col.schemes', 'col.network', 'col.from', 'col.to', 'col.completenessPercent', 'col.emptiest', 'col.errors', 'col.warnings'];
  const head = [...heads.map((key) => statusText(lang, key)), ...TASK_STATES.map((state) => statusText(lang, `state.${state}`)), statusText(lang, 'col.overdue'), statusText(lang, 'col.overdueOwners'), statusText(lang, 'col.nextDate'), statusText(lang, 'col.nextWhat')];
  const lines = [head.map(cell).join(SEPARATOR)];
  for (const plan of report.plans) {
    const next = plan.upcoming[0];
    const owners = [...new Set(plan.overdue.map((item) => item.owner).filter((owner): owner is string => owner !== null))];
    const values: Array<string | number | null> = [
      plan.file,
      plan.organisation,
      plan.title,
      plan.type,
      plan.schemes.join(', '),
      plan.network,
      plan.period?.fra ?? null,
      plan.period?.til ?? null,
      percent(plan.completeness),
      plan.emptiest.map((section) => `${section.title} ${percent(section.completeness)} %`).join(', '),
      plan.errors,
      plan.warnings,
      ...TASK_STATES.map((state) => plan.tasks[state]),
      plan.overdue.length,
      owners.join(', '),
      next?.date ?? null,
      next ? itemWhat(next, lang) : null,
    ];
    lines.push(values.map(cell).join(SEPARATOR));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
};
