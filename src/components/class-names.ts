/**
 * Joins a slot's class names. The library's own class (`sfa-…`) is left out in `unstyled` mode
 * so styles.css never reaches the component, while the caller's classes always apply.
 */
export function slotClassName(
  unstyled: boolean | undefined,
  own: string,
  ...extra: readonly (string | undefined | false)[]
): string | undefined {
  const names = [unstyled ? undefined : own, ...extra].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  )
  return names.length > 0 ? names.join(' ') : undefined
}
