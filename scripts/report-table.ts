/** How the evaluation prints its figures: percentages, and rows in columns padded to their widest cell. */

export const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/** Prints `rows` (the first is the header) with each column as wide as its widest cell. */
export function printColumns(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}
