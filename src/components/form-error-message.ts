import type {
  CustomerAuthError,
  CustomerAuthErrorCode,
  CustomerAuthFieldError,
} from '../core/customer-auth-error.js'

/** The form-level texts every account form has, whatever it does. */
export interface CommonFormMessages {
  readonly network: string
  readonly server: string
  /** The store's setup refuses the request (`CONFIGURATION`): retrying will not help. */
  readonly configuration: string
  /** A refused field: the field's own message is shown under it. */
  readonly validation: string
  readonly unknown: string
}

/** A form's text per error code; a code without one gets `unknown`. */
export type FormErrorTexts = Partial<Record<CustomerAuthErrorCode, string>> & {
  readonly unknown: string
}

/** The texts of `CommonFormMessages` keyed by the codes they explain. */
export function commonErrorTexts(messages: CommonFormMessages): FormErrorTexts {
  return {
    NETWORK: messages.network,
    SERVER: messages.server,
    CONFIGURATION: messages.configuration,
    VALIDATION: messages.validation,
    unknown: messages.unknown,
  }
}

/**
 * The form-level text for a failed request, chosen by error code (never by the API's English).
 * A `VALIDATION` error gets its text only when it marks one of `shownFields` (the form points at
 * the field); an input error the form cannot show is the generic `unknown`.
 */
export function formErrorMessage(
  error: CustomerAuthError,
  texts: FormErrorTexts,
  shownFields: readonly string[],
): string {
  if (error.code === 'VALIDATION')
    return shownFields.some((field) => error.fieldErrors[field]?.length)
      ? (texts.VALIDATION ?? texts.unknown)
      : texts.unknown
  return texts[error.code] ?? texts.unknown
}

/** The API's per-field refusals of a `VALIDATION` error; empty for any other error or none. */
export function serverFieldErrors(
  error: CustomerAuthError | null,
): Readonly<Record<string, readonly CustomerAuthFieldError[]>> {
  return error?.code === 'VALIDATION' ? error.fieldErrors : {}
}

/** The texts of a form whose request the shop may throttle or the backend may lack. */
export interface AccountFormErrorMessages extends CommonFormMessages {
  readonly throttled: string
  readonly unsupported: string
}

/** The alert text of an account form's last error (`null` without one), by error code. */
export function accountFormError(
  error: CustomerAuthError | null,
  messages: AccountFormErrorMessages,
  shownFields: readonly string[],
): string | null {
  if (!error) return null
  const texts = {
    ...commonErrorTexts(messages),
    THROTTLED: messages.throttled,
    UNSUPPORTED: messages.unsupported,
  }
  return formErrorMessage(error, texts, shownFields)
}
