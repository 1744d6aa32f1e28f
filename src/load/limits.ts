/**
 * How much any one input may make dekom read, parse and check. A plan is a few kilobytes:
 * the largest real ones have a few hundred values. The limits sit far above that, and low
 * enough that the worst file they let through is checked, or rendered to Word, within
 * 300 MB and 5 seconds on a 2-core CI runner (`npm run bench` measures the hostile giants).
 * Past a limit the file gets one `yaml-syntax` problem where the limit was crossed.
 */
export interface ParseLimits {
  /** Lines in the file: blank lines and comments cost the parser as much as values. */
  lines: number;
  /** YAML tokens: values, keys, indicators, brackets, commas, comments; what the parser steps through. */
  tokens: number;
  /** YAML nodes: every key, value, list item and bracketed collection, aliases counted as what they repeat. */
  nodes: number;
  /** Collections inside collections (`a: {b: [c]}` is 3 deep). */
  depth: number;
  /** Items in one list or keys in one mapping: rows of one table in Word. */
  entries: number;
}

export interface ParseOptions {
  /** Bytes, lines, nodes, depth, entries: smaller in tests, so each limit is reached fast. */
  limits?: Partial<ParseLimits> & { bytes?: number };
}

/**
 * Plans are 10–15 kB (the examples); past this a file is a mistake (a log, a dump), not a
 * plan. One value of this size, rendered to Word, peaks at about 170 MB.
 */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

/**
 * The examples have 200–290 lines, 275–430 nodes, 1 100–1 700 tokens, depth 4 and at most
 * 24 entries in one mapping. Rendering to Word costs most, and goals are its costliest
 * rows: about 0.45 ms of CPU and 18 kB per node, so 5 000 nodes (some 330 goals) render
 * in about 3.5 s of CPU and 185 MB on a busy 2-core runner; checking the same file takes
 * about 1 s. Lines and tokens bound what a file of blank lines, comments or commas makes
 * the parser do before any node is counted: 100 000 lines or 300 000 tokens take about
 * 1.5 s to reach. Depth and entries bound the recursion of rules and the parser's
 * duplicate-key check, which compares each key of a mapping with the keys before it.
 */
export const PARSE_LIMITS: Readonly<ParseLimits> = {
  lines: 100_000,
  tokens: 300_000,
  nodes: 5_000,
  depth: 64,
  entries: 2_000,
};

/**
 * A Word document to import: a 30-page plan is some 100 kB, a few photos make it a few
 * MB. Its parts are inflated only up to MAX_WORD_PART_BYTES each, whatever the zip claims.
 */
export const MAX_WORD_BYTES = 64 * 1024 * 1024;
/** One part of a Word document inflated: the 30-page plan's text is about 1 MB of XML, so this is some 500 pages. */
export const MAX_WORD_PART_BYTES = 16 * 1024 * 1024;

/** A config or a template is a page or two. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** Suppressions hold a line or two per plan: this is tens of thousands of plans. */
export const MAX_SUPPRESSIONS_BYTES = 16 * 1024 * 1024;

/** The cache holds every plan's result; past this it is rebuilt rather than read. */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;
