import { createRef, useCallback, useId, useState, type ChangeEvent, type RefObject } from 'react'

/** The props every field's input gets, ready to spread; a form adds `type`, `autoComplete`... */
export interface FormFieldInputProps<Name extends string> {
  readonly ref: RefObject<HTMLInputElement | null>
  readonly id: string
  readonly name: Name
  readonly 'aria-invalid': boolean | undefined
  /** The field's error (when it has one) after any hint ids the form passed. */
  readonly 'aria-describedby': string | undefined
  /** Clears the field's client-side problem as the shopper types. */
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void
}

/** One field's pieces: label, input, and the error paragraph (always rendered, empty when fine). */
export interface FormFieldProps<Name extends string> {
  readonly labelProps: { readonly htmlFor: string; readonly id: string }
  readonly inputProps: FormFieldInputProps<Name>
  readonly errorProps: { readonly id: string }
  /** The field's problem, or `null`. */
  readonly error: string | null
}

/** What `useFormFields` returns: the fields' client-side problems and the means to show them. */
export interface UseFormFieldsResult<Name extends string, Problem extends string> {
  /** The problems found by the last check, by field. */
  readonly problems: Partial<Record<Name, Problem>>
  /**
   * Shows the problems a check found (replacing the earlier ones) and focuses the first field in
   * form order that has one. Returns `true` when there was any: the form must not send then.
   */
  readonly report: (found: Partial<Record<Name, Problem>>) => boolean
  /** Focuses (and selects) the first field in form order for which `hasProblem` is true. */
  readonly focusFirst: (hasProblem: (name: Name) => boolean) => boolean
  /** The input's current value (the inputs stay uncontrolled: no password in React state). */
  readonly value: (name: Name) => string
  /** Whether a checkbox field is checked. */
  readonly checked: (name: Name) => boolean
  /** Empties the input, e.g. a password once it has done its job. */
  readonly clear: (name: Name) => void
  /**
   * The props of one field given the error to show (`null` when none); `hintIds` are ids of
   * texts that describe the field before any error (e.g. the password rules).
   */
  readonly field: (
    name: Name,
    error: string | null,
    hintIds?: readonly string[],
  ) => FormFieldProps<Name>
  /** An id for the form-level alert, unique to this form. */
  readonly formErrorId: string
  /** A prefix for any other id the form needs, unique to this form. */
  readonly baseId: string
}

const hasAny = (problems: object): boolean => Object.values(problems).some(Boolean)

/**
 * The shared field plumbing of the account forms: ids that tie labels, inputs and error texts
 * together, `aria-invalid` and `aria-describedby`, client-side problems that clear on typing, and
 * focus moved to the first problem. `names` is the form's fields in the order they are shown.
 */
export function useFormFields<Name extends string, Problem extends string>(
  names: readonly Name[],
): UseFormFieldsResult<Name, Problem> {
  const baseId = useId()
  // One ref per field for the form's lifetime; the names are fixed by the form.
  const [refs] = useState(
    () =>
      new Map<Name, RefObject<HTMLInputElement | null>>(
        names.map((name) => [name, createRef<HTMLInputElement>()]),
      ),
  )
  const [problems, setProblems] = useState<Partial<Record<Name, Problem>>>({})
  const input = (name: Name): HTMLInputElement | null => refs.get(name)?.current ?? null

  const focusFirst = (hasProblem: (name: Name) => boolean): boolean => {
    const first = names.find(hasProblem)
    if (first === undefined) return false
    const element = input(first)
    element?.focus()
    if (element?.type !== 'checkbox') element?.select()
    return true
  }

  const report = (found: Partial<Record<Name, Problem>>): boolean => {
    // Only a real change re-renders: a clean form goes straight to the pending render.
    setProblems((current) => (hasAny(found) || hasAny(current) ? found : current))
    return focusFirst((name) => Boolean(found[name]))
  }

  const clearProblem = useCallback((name: Name) => {
    setProblems((current) => {
      if (!current[name]) return current
      return { ...current, [name]: undefined }
    })
  }, [])

  const id = (name: Name, part: string): string => `${baseId}-${name}${part}`

  return {
    problems,
    report,
    focusFirst,
    value: (name) => input(name)?.value ?? '',
    checked: (name) => input(name)?.checked ?? false,
    clear: (name) => {
      const element = input(name)
      if (element) element.value = ''
    },
    field: (name, error, hintIds = []) => {
      const describedBy = [...hintIds, ...(error ? [id(name, '-error')] : [])]
      return {
        labelProps: { htmlFor: id(name, ''), id: id(name, '-label') },
        inputProps: {
          ref: refs.get(name) ?? createRef<HTMLInputElement>(),
          id: id(name, ''),
          name,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
          onChange: () => clearProblem(name),
        },
        errorProps: { id: id(name, '-error') },
        error,
      }
    },
    formErrorId: `${baseId}-form-error`,
    baseId,
  }
}
