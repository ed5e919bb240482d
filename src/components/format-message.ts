/**
 * Fills `{name}` placeholders in a message with values (`'Use at least {min} characters.'`), so
 * messages stay plain strings a translation can reorder. An unknown placeholder is left as is.
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  )
}
