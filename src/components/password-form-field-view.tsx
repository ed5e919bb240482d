import type { ReactNode } from 'react'
import type { LinkPasswordFormField } from './use-link-password-form.js'

/** The class names a field's markup takes (already joined with `slotClassName`). */
export interface PasswordFieldClasses {
  readonly field: string | undefined
  readonly label: string | undefined
  readonly input: string | undefined
  readonly hint: string | undefined
  readonly fieldError: string | undefined
}

/** One labelled input with its hint and error, as the password forms render every field. */
export function PasswordFieldView(props: {
  readonly field: LinkPasswordFormField
  readonly label: string
  readonly classes: PasswordFieldClasses
  /** Rendered after the input, inside the field (the show-password toggle). */
  readonly after?: ReactNode
}): ReactNode {
  const { field, label, classes, after } = props
  return (
    <div className={classes.field}>
      <label {...field.labelProps} className={classes.label}>
        {label}
      </label>
      <input {...field.inputProps} className={classes.input} />
      {after}
      {field.hint ? (
        <p {...field.hintProps} className={classes.hint}>
          {field.hint}
        </p>
      ) : null}
      <p {...field.errorProps} className={classes.fieldError}>
        {field.error}
      </p>
    </div>
  )
}
