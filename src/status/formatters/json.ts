import type { StatusFormatter } from './types.js';

/** The report as it is: its shape is documented in docs/status.md and kept stable under `version`. */
export const json: StatusFormatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
