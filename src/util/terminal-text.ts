/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts a
 * sequence that can move the cursor, clear the screen or retitle the window), DEL, and
 * the bidirectional overrides that reorder what is shown. Tab is kept: it only moves.
 */
// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a plan made safe to print: each active character written out as `\x1B`, `\n`
 * or `\u202E`. A document printed whole keeps its line breaks.
 */
export function printable(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(ACTIVE, (char) => {
    if (options.keepLineBreaks && (char === '\n' || char === '\r')) return char;
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}
