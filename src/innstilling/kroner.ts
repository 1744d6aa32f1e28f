/** `1 150 000 kr`: an amount as Norwegian reports write it, with no-break spaces between thousands. */
export function formatKroner(amount: number): string {
  return `${Math.round(amount).toLocaleString('nb-NO').replace(/\s/g, '\u00a0')}\u00a0kr`;
}
