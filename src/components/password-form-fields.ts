import {
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type RefObject,
} from 'react'

/** Props for one input of a password form, ready to spread; the input stays uncontrolled. */
export interface PasswordFormInputProps {
  readonly ref: RefObject<HTMLInputElement | null>
  readonly id: string
  readonly name: string
  readonly type: 'email' | 'password' | 'text'
  readonly autoComplete: 'email' | 'current-password' | 'new-password'
  readonly required: true
  readonly spellCheck: false
  readonly autoCapitalize: 'none'
  readonly 'aria-invalid': boolean | undefined
  readonly 'aria-describedby': string | undefined
  /** Clears the field's error as the shopper types. */
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void
}

/** One field of a password form: its label, input and error props, and its error text. */
export interface PasswordFormField {
  readonly labelProps: { readonly htmlFor: string; readonly id: string }
  readonly inputProps: PasswordFormInputProps
  readonly errorProps: { readonly id: string }
  /** The field's problem, or `null`. */
  readonly error: string | null
  /** A hint shown before any submit (the password rules), or `null`. */
  readonly hint: string | null
  readonly hintProps: { readonly id: string }
}

interface FieldSpec {
  readonly type: 'email' | 'password'
  readonly autoComplete: PasswordFormInputProps['autoComplete']
  /** Shown under the input before any submit and bound with `aria-describedby`. */
  readonly hint?: string | null
}

/**
 * The fields of the password forms (reset, activate, change): ids, refs, uncontrolled inputs (no
 * password ever in React state), client problems keyed by field, one show-password toggle for
 * every password input, and focus moved to the first field with a problem.
 */
export function usePasswordFormFields<Name extends string>(
  specs: Readonly<Record<Name, FieldSpec>>,
) {
  const baseId = useId()
  const refs = useRef<Partial<Record<Name, RefObject<HTMLInputElement | null>>>>({})
  const names = Object.keys(specs) as Name[]
  for (const name of names) refs.current[name] ??= { current: null }
  const [problems, setProblems] = useState<Partial<Record<Name, string>>>({})
  const [isPasswordVisible, setPasswordVisible] = useState(false)

  const ref = (name: Name): RefObject<HTMLInputElement | null> =>
    refs.current[name] as RefObject<HTMLInputElement | null>
  const value = (name: Name): string => ref(name).current?.value ?? ''
  const focus = (name: Name): void => {
    const input = ref(name).current
    input?.focus()
    input?.select()
  }
  /** Sets the problems and moves focus to the first field (in `specs` order) that has one. */
  const report = (found: Partial<Record<Name, string>>): boolean => {
    setProblems(found)
    const first = names.find((name) => found[name])
    if (first) focus(first)
    return first !== undefined
  }
  const clear = useCallback((name: Name) => {
    setProblems((current) => {
      if (!current[name]) return current
      return { ...current, [name]: undefined }
    })
  }, [])
  const clearValues = (...which: Name[]): void => {
    for (const name of which) {
      const input = ref(name).current
      if (input) input.value = ''
    }
  }

  const field = (name: Name, serverError: string | null = null): PasswordFormField => {
    const spec = specs[name]
    const error = problems[name] ?? serverError
    const hint = spec.hint ?? null
    const ids = {
      input: `${baseId}-${name}`,
      label: `${baseId}-${name}-label`,
      error: `${baseId}-${name}-error`,
      hint: `${baseId}-${name}-hint`,
    }
    const describedBy = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean)
    return {
      labelProps: { htmlFor: ids.input, id: ids.label },
      inputProps: {
        ref: ref(name),
        id: ids.input,
        name,
        type: spec.type === 'password' && isPasswordVisible ? 'text' : spec.type,
        autoComplete: spec.autoComplete,
        required: true,
        spellCheck: false,
        autoCapitalize: 'none',
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
        onChange: () => clear(name),
      },
      errorProps: { id: ids.error },
      error,
      hint,
      hintProps: { id: ids.hint },
    }
  }

  const passwordIds = names
    .filter((name) => specs[name].type === 'password')
    .map((name) => `${baseId}-${name}`)
    .join(' ')
  const toggleProps = useMemo(
    () => ({
      type: 'button' as const,
      'aria-pressed': isPasswordVisible,
      'aria-controls': passwordIds,
      onClick: () => setPasswordVisible((visible) => !visible),
    }),
    [isPasswordVisible, passwordIds],
  )

  const formErrorId = `${baseId}-form-error`
  return { field, value, focus, report, clearValues, toggleProps, isPasswordVisible, formErrorId }
}
