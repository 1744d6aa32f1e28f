import { printable } from '../../util/terminal-text.js';
import { counted, statusText } from '../../messages/status.js';
import { countWord } from '../../messages/catalogue.js';
import { TASK_STATES, type StatusItem, type StatusReport, type StatusRow } from '../status.js';
import { allItems, itemWhat, itemWhen, percent, planName } from './names.js';
import type { StatusFormatOptions, StatusFormatter } from './types.js';

const DEFAULT_WIDTH = 100;
const GAP = '  ';
/** Lines per list below the table; the rest are counted, and csv or json has them all. */
const MAX_LIST = 20;
const MIN_PLAN_WIDTH = 12;

/** A name too long for its column: its part before the first comma when that fits ("Saupstad skole, Trondheim kommune"), else cut. */
function fitName(name: string, width: number): string {
  if ([...name].length <= width) return name;
  const head = name.split(', ')[0]!;
  return [...head].length <= width && head !== name ? head : fit(name, width);
}

/** Cuts text to `width` characters, with an ellipsis where it was cut. */
function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function pad(text: string, width: number, right = false): string {
  const length = [...text].length;
  const space = ' '.repeat(Math.max(0, width - length));
  return right ? space + text : text + space;
}

interface Column {
  head: string;
  right?: boolean;
  value(plan: StatusRow): string;
  colour?(plan: StatusRow, text: string, chalk: StatusFormatOptions['chalk']): string;
}

function columns(lang: StatusFormatOptions['lang']): Column[] {
  return [
    { head: statusText(lang, 'col.type'), value: (plan) => plan.type ?? '?' },
    {
      head: statusText(lang, 'col.completeness'),
      right: true,
      value: (plan) => `${percent(plan.completeness)} %`,
      colour: (plan, text, chalk) => (plan.completeness < 0.8 ? chalk.yellow(text) : text),
    },
    { head: statusText(lang, 'col.errors'), right: true, value: (plan) => String(plan.errors), colour: (plan, text, chalk) => (plan.errors ? chalk.red(text) : chalk.dim(text)) },
    { head: statusText(lang, 'col.warningsShort'), right: true, value: (plan) => String(plan.warnings), colour: (plan, text, chalk) => (plan.warnings ? chalk.yellow(text) : chalk.dim(text)) },
    { head: statusText(lang, 'col.tasks'), right: true, value: (plan) => TASK_STATES.map((state) => plan.tasks[state]).join('/') },
    { head: statusText(lang, 'col.overdue'), right: true, value: (plan) => String(plan.overdue.length), colour: (plan, text, chalk) => (plan.overdue.length ? chalk.red.bold(text) : chalk.dim(text)) },
    { head: statusText(lang, 'col.next'), value: (plan) => plan.upcoming[0]?.date ?? '–' },
  ];
}

function planTable(report: StatusReport, options: StatusFormatOptions, width: number): string[] {
  const { lang, chalk } = options;
  const cols = columns(lang);
  const widths = cols.map((col) => Math.max([...col.head].length, ...report.plans.map((plan) => [...col.value(plan)].length)));
  const fixed = widths.reduce((sum, w) => sum + w + GAP.length, 0);
  const names = report.plans.map((plan) => printable(planName(plan)));
  const planWidth = Math.max(MIN_PLAN_WIDTH, Math.min(Math.max([...statusText(lang, 'col.plan')].length, ...names.map((name) => [...name].length)), width - fixed));
  const head = [pad(statusText(lang, 'col.plan'), planWidth), ...cols.map((col, i) => pad(col.head, widths[i]!, col.right))].join(GAP);
  const lines = [chalk.bold(head.trimEnd())];
  report.plans.forEach((plan, index) => {
    const cells = [pad(fitName(names[index]!, planWidth), planWidth)];
    cols.forEach((col, i) => {
      const text = pad(col.value(plan), widths[i]!, col.right);
      cells.push(col.colour ? col.colour(plan, text, chalk) : text);
    });
    lines.push(cells.join(GAP).trimEnd());
  });
  lines.push(chalk.dim(`${statusText(lang, 'col.tasks')}: ${TASK_STATES.map((state) => statusText(lang, `state.${state}`).toLowerCase()).join('/')}`));
  return lines;
}

function itemLine(plan: StatusRow, item: StatusItem, when: string, lang: StatusFormatOptions['lang'], width: number): string {
  // The owner comes before the plan's name: a cut line keeps who answers for the item.
  const owner = item.owner ? ` (${item.owner})` : '';
  const what = item.section === 'oppgaver' ? (item.title ?? item.row) : itemWhat(item, lang);
  return fit(`  ${pad(itemWhen(item), 16)} ${pad(when, 14)} ${what}${owner} · ${planName(plan)}`, width);
}

function limited(lines: string[], lang: StatusFormatOptions['lang']): string[] {
  if (lines.length <= MAX_LIST) return lines;
  const rest = lines.length - MAX_LIST;
  return [...lines.slice(0, MAX_LIST), lang === 'en' ? `  … and ${rest} more (all of them with --format csv or json)` : `  … og ${rest} til (alle med --format csv eller json)`];
}

/** The terminal's view: one line per plan that fits 100 columns, then what is late, what is next and what is emptiest. */
export const table: StatusFormatter = (report, options) => {
  const { lang, chalk } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const days = report.within;
  const out: string[] = [];
  if (report.plans.length === 0 && report.for !== null) out.push(statusText(lang, 'none.plans', { name: printable(report.for) }));
  else out.push(...planTable(report, options, width));

  const overdue = allItems(report.plans, 'overdue').map(({ plan, item }) => printable(itemLine(plan, item, counted(lang, 'days.late', -item.days), lang, width)));
  out.push('', chalk.bold(statusText(lang, 'heading.overdue')));
  out.push(...(overdue.length ? limited(overdue, lang).map((line) => chalk.red(line)) : [`  ${statusText(lang, 'none.overdue')}`]));

  const upcoming = allItems(report.plans, 'upcoming').map(({ plan, item }) => {
    const when = item.days === 0 ? statusText(lang, 'days.today') : counted(lang, 'days.in', item.days);
    return printable(itemLine(plan, item, when, lang, width));
  });
  out.push('', chalk.bold(statusText(lang, 'heading.upcoming', { days })));
  out.push(...(upcoming.length ? limited(upcoming, lang) : [`  ${statusText(lang, 'none.upcoming', { days })}`]));

  const emptiest = report.plans
    .filter((plan) => plan.emptiest.length > 0)
    .sort((a, b) => a.completeness - b.completeness)
    .map((plan) => {
      const sections = plan.emptiest.map((section) => `${section.title} ${percent(section.completeness)} %`).join(', ');
      return printable(fit(`  ${planName(plan)} (${percent(plan.completeness)} %): ${sections}`, width));
    });
  if (emptiest.length) out.push('', chalk.bold(statusText(lang, 'heading.emptiest')), ...limited(emptiest, lang));

  const { summary } = report;
  out.push(
    '',
    statusText(lang, 'summary', {
      plans: summary.plans,
      planWord: counted(lang, 'word.plan', summary.plans),
      errors: summary.errors,
      warnings: summary.warnings,
      warningWord: countWord(lang, 'warning', summary.warnings),
      overdue: summary.overdue,
      upcoming: summary.upcoming,
      days,
    }),
  );
  return `${out.join('\n')}\n`;
};
