/**
 * A Mermaid `gantt` chart, which GitHub and GitLab draw where Markdown shows it: a section
 * per plan (or per kind of row), a bar per task up to its deadline, a milestone per meeting.
 */
export interface GanttEntry {
  title: string;
  /** First day; a milestone's only day. */
  start: string;
  /** Last day of a bar; none for a milestone. */
  end?: string;
  milestone?: boolean;
  /** Drawn in red: late. */
  critical?: boolean;
  done?: boolean;
}

export interface GanttSection {
  name: string;
  entries: GanttEntry[];
}

/** Mermaid ends a task name at `:` and a line at `;` or `#`; they become look-alikes. */
function label(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/:/g, '∶').replace(/;/g, ',').replace(/#/g, '♯').replace(/\s+/g, ' ').trim() || '–';
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The chart as a fenced block, or the empty string when there is nothing to draw. */
export function mermaidGantt(title: string, sections: readonly GanttSection[]): string {
  const drawn = sections.filter((section) => section.entries.length > 0);
  if (drawn.length === 0) return '';
  const lines = ['```mermaid', 'gantt', `  title ${label(title)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %d.%m'];
  for (const section of drawn) {
    lines.push(`  section ${label(section.name)}`);
    for (const entry of section.entries) {
      const tags = [entry.critical ? 'crit' : '', entry.done ? 'done' : '', entry.milestone ? 'milestone' : ''].filter(Boolean);
      const span = entry.milestone ? `${entry.start}, 0d` : `${entry.start}, ${nextDay(entry.end && entry.end >= entry.start ? entry.end : entry.start)}`;
      lines.push(`    ${label(entry.title)} :${tags.length ? `${tags.join(', ')}, ` : ''}${span}`);
    }
  }
  lines.push('```');
  return lines.join('\n');
}
