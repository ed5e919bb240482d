import { CombinedError } from '@urql/core'

/** Test support: the urql error a client reports for an answer carrying these GraphQL errors. */
export function graphQLFailure(
  errors: { message: string; path?: string[]; extensions?: Record<string, unknown> }[],
  status = 200,
): CombinedError {
  return new CombinedError({ graphQLErrors: errors, response: new Response(null, { status }) })
}
