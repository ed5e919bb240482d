import {
  CustomerAuthError,
  type CustomerAuthFieldError,
  type GraphQLErrorLike,
  type UserErrorLike,
} from '../core/customer-auth-error.js'

export const REDACTED_SECRET = '[redacted]'

// Loaded with the vendor's error mapping (see keepSecretsOut): only an error that repeats a secret
// the call sent needs rewriting, and that is an error the API explained.

/**
 * The error without any of `secrets`. An API that refuses a request's shape echoes what was
 * sent: graphql-js writes the variable's value into the message (`Variable "$input" got invalid
 * value { email: …, password: "…" }`), graphql-ruby puts it under `extensions.value` (and the
 * explanation under `extensions.problems`). The error then reaches react-query's mutation state,
 * error trackers and logs, so every secret in its message, GraphQL errors, user errors and field
 * errors becomes `[redacted]`, and every `value` echo in `extensions` is dropped (it holds the
 * whole input). The cause (urql's CombinedError) carries the same texts and the raw extensions,
 * and cannot be rewritten: it is dropped when anything was redacted or it mentions a secret.
 */
export function withoutSecrets(
  error: CustomerAuthError,
  secrets: readonly string[],
): CustomerAuthError {
  if (secrets.length === 0) return error
  // As sent, as a JSON or GraphQL string literal spells it (quotes, backslashes escaped), and as
  // such a literal spells it inside another (an echo of an echo); longest first, so a secret that
  // contains another is replaced whole.
  const escaped = (text: string): string => JSON.stringify(text).slice(1, -1)
  const spellings = [
    ...new Set(secrets.flatMap((secret) => [secret, escaped(secret), escaped(escaped(secret))])),
  ].sort((a, b) => b.length - a.length)
  // Whole words only: an echo stands between quotes, spaces or braces, while a short secret ("e")
  // found inside a word of the API's explanation ("characters") is not the secret. One shorter
  // than any shop accepts (Shopify's minimum is 5) may be a word of that explanation too ("is",
  // "at"): it is replaced only where it is quoted, as every echo quotes a string. Not one without
  // letters: a number sent by mistake is echoed unquoted (`got invalid value -1.5`).
  const pattern = spellings
    .map((secret) => {
      const literal = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      return secret.length < 5 && /\p{L}/u.test(secret)
        ? `(?<=")${literal}(?=")`
        : `(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`
    })
    .join('|')
  const text = (value: string): string => value.replace(new RegExp(pattern, 'gu'), REDACTED_SECRET)
  const deep = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value)
    if (Array.isArray(value)) return value.map(deep)
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([name]) => name !== 'value')
          .map(([name, inner]) => [name, deep(inner)]),
      )
    return value
  }

  const message = text(error.message)
  const graphQLErrors = error.graphQLErrors.map((graphQLError): GraphQLErrorLike => ({
    ...graphQLError,
    message: text(graphQLError.message),
    ...(graphQLError.extensions && {
      extensions: deep(graphQLError.extensions) as Record<string, unknown>,
    }),
  }))
  const userErrors = error.userErrors.map((userError): UserErrorLike => ({
    ...userError,
    message: text(userError.message),
  }))
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, errors]) => [
      field,
      errors.map((fieldError): CustomerAuthFieldError => ({
        ...fieldError,
        message: text(fieldError.message),
      })),
    ]),
  )
  const scrubbed = { message, graphQLErrors, userErrors, fieldErrors }
  const unchanged =
    JSON.stringify(scrubbed) ===
    JSON.stringify({
      message: error.message,
      graphQLErrors: error.graphQLErrors,
      userErrors: error.userErrors,
      fieldErrors: error.fieldErrors,
    })
  if (unchanged && !mentionsAny(error.cause, new RegExp(pattern, 'u'))) return error
  return new CustomerAuthError(error.code, message, {
    source: error.source,
    retryable: error.retryable,
    status: error.status,
    fieldErrors,
    graphQLErrors,
    userErrors,
    // No cause: see above. The scrubbed status, GraphQL errors and user errors are what it held
    // that a caller can use.
  })
}

/** Whether the messages along a cause chain (urql's `networkError` included) hold a secret. */
function mentionsAny(cause: unknown, secret: RegExp, depth = 0): boolean {
  if (!cause || typeof cause !== 'object' || depth > 4) return false
  const {
    message,
    cause: inner,
    networkError,
    graphQLErrors,
  } = cause as {
    message?: unknown
    cause?: unknown
    networkError?: unknown
    graphQLErrors?: unknown
  }
  const texts = [message, JSON.stringify(graphQLErrors ?? null)]
  return (
    texts.some((text) => typeof text === 'string' && secret.test(text)) ||
    mentionsAny(inner, secret, depth + 1) ||
    mentionsAny(networkError, secret, depth + 1)
  )
}
