/** Prints one measured figure for `npm run bench` (the figures are the point of these files). */
export function report(label: string, value: number, budget: number, unit = ''): void {
  const verdict = value <= budget ? 'ok  ' : 'OVER'
  // eslint-disable-next-line no-console
  console.log(
    `${verdict} ${label.padEnd(64)} ${String(value).padStart(3)}${unit}  budget ${budget}${unit}`,
  )
}
