/**
 * How much any one input may make dekom read, parse and check. A plan is a few kilobytes:
 * the largest real ones have a few hundred values. The limits sit far above that, and low
 * enough that the worst file they let through is checked, or rendered to Word, in about
 * 300 MB and 5 seconds on a small CI runner (`npm run bench` measures the hostile giants).
 * Past a limit the file gets one `yaml-syntax` problem where the limit was crossed.
 */
export interface ParseLimits {
  /** Lines in the file: comments and blank lines cost the parser as much as values. */
  lines: number;
  /** YAML nodes: every key, value, list item and bracketed collection, aliases expanded. */
  nodes: number;
  /** Collections inside collections (`a: {b: [c]}` is 3 deep). */
  depth: number;
  /** Items in one list or keys in one mapping: rows of a table in Word, and the parser's duplicate-key check. */
  entries: number;
}

/** Plans are a few kilobytes; past this a file is a mistake (a log, a dump), not a plan. */
export const MAX_PLAN_BYTES = 4 * 1024 * 1024;

export const PARSE_LIMITS: Readonly<ParseLimits> = {
  lines: 100_000,
  nodes: 100_000,
  depth: 64,
  entries: 10_000,
};

/** A config or a template is a page or two; the plan's limit is generous for both. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** Suppressions hold a line or two per plan: this is tens of thousands of plans. */
export const MAX_SUPPRESSIONS_BYTES = 16 * 1024 * 1024;

/** The cache holds every plan's result; past this it is rebuilt rather than read. */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;
