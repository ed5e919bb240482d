import { CustomerAuthError } from '../core/customer-auth-error.js'
import type * as Scrubber from './without-secrets.js'

/**
 * Variables whose value is a secret: passwords (`password`, `newPassword`), tokens
 * (`customerAccessToken`, `resetToken`, `activationToken`, `resetPasswordToken`,
 * `multipassToken`), reset and activation URLs (which carry the token), one-time codes.
 */
const secretName = /(password|token|url|otp)$|^(code|oneTimeCode)$/i

/**
 * The values of every secret variable, at any depth (`{ input: { password } }`). A secret that is
 * not a string (a number from a form, an object by mistake) counts by its leaves: an API echoes
 * it in its own spelling.
 */
export function secretValues(variables: unknown): string[] {
  const found: string[] = []
  const leaves = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
      found.push(String(value))
    else if (value && typeof value === 'object') Object.values(value).forEach(leaves)
  }
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return
    for (const [name, inner] of Object.entries(value))
      if (secretName.test(name)) leaves(inner)
      else visit(inner)
  }
  visit(variables)
  return found.filter((secret) => secret !== '')
}

/** Every text an error exposes, its cause chain's (urql's CombinedError, its networkError) too. */
function textsOf(value: unknown, depth = 0): string {
  if (!value || typeof value !== 'object' || depth > 4) return ''
  const { message, graphQLErrors, userErrors, fieldErrors, cause, networkError } = value as {
    [key: string]: unknown
  }
  return (
    JSON.stringify([message, graphQLErrors, userErrors, fieldErrors]) +
    textsOf(cause, depth + 1) +
    textsOf(networkError, depth + 1)
  )
}

/**
 * `error` as it may leave the backend: never carrying a secret the call sent. An API that refuses
 * a request's shape echoes the input (graphql-js in its message, graphql-ruby under
 * `extensions.value`), and errors end up in react-query's state, error trackers and logs. Only an
 * error that repeats a secret is rewritten, by `withoutSecrets`, which loads with the vendor's
 * error mapping (`load`): such errors are ones the API explained, so that chunk is wanted anyway.
 * Should it fail to load, the error keeps its code and status but none of its texts.
 */
export async function keepSecretsOut(
  error: CustomerAuthError,
  secrets: readonly string[],
  load: () => Promise<Pick<typeof Scrubber, 'withoutSecrets'>>,
): Promise<CustomerAuthError> {
  const texts = textsOf(error)
  // Inside that JSON a secret reads escaped once, twice when the API's own text quoted it, and
  // three times when it quoted an echo.
  const escaped = (text: string): string => JSON.stringify(text).slice(1, -1)
  if (
    !secrets.some((secret) => {
      const once = escaped(secret)
      const twice = escaped(once)
      return texts.includes(once) || texts.includes(twice) || texts.includes(escaped(twice))
    })
  )
    return error
  return load().then(
    (scrubber) => scrubber.withoutSecrets(error, secrets),
    () =>
      new CustomerAuthError(error.code, `${error.code} (details withheld: they repeat a secret)`, {
        source: error.source,
        retryable: error.retryable,
        status: error.status,
      }),
  )
}
