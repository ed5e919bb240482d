import { AdminApiError } from './admin-api-error.js'
import { adminGraphQLRequest } from './admin-graphql-request.js'
import { resolveAdminApiTarget, type AdminApiTarget } from './admin-api-target.js'
import { parseUserErrors, payloadOf, unexpectedResponse } from './storefront-access-token.js'

/** The options of `deleteStorefrontAccessToken`: the Admin API target and the token's `id`. */
export type DeleteStorefrontAccessTokenOptions = AdminApiTarget & {
  /** The token's `gid://shopify/StorefrontAccessToken/…` id (from create or list), not the token itself. */
  readonly id: string
}

const deleteMutation = /* GraphQL */ `
  mutation StorefrontAccessTokenDelete($input: StorefrontAccessTokenDeleteInput!) {
    storefrontAccessTokenDelete(input: $input) {
      deletedStorefrontAccessTokenId
      userErrors {
        field
        message
      }
    }
  }
`

/** Deletes a storefront access token; storefront requests with it are refused from then on. Returns the deleted id. */
export async function deleteStorefrontAccessToken(
  options: DeleteStorefrontAccessTokenOptions,
): Promise<string> {
  const target = resolveAdminApiTarget(options)
  if (typeof options.id !== 'string' || options.id.trim() === '')
    throw new AdminApiError(
      'INVALID_INPUT',
      'id is missing: pass the storefront access token id to delete.',
    )
  const data = await adminGraphQLRequest(target, deleteMutation, {
    input: { id: options.id.trim() },
  })
  const payload = payloadOf(data, 'storefrontAccessTokenDelete')
  const userErrors = parseUserErrors(payload.userErrors)
  if (userErrors.length > 0)
    throw new AdminApiError(
      'USER_ERRORS',
      `storefrontAccessTokenDelete was refused: ${userErrors.map((error) => error.message).join('; ')}`,
      { userErrors },
    )
  if (typeof payload.deletedStorefrontAccessTokenId !== 'string')
    throw unexpectedResponse('storefrontAccessTokenDelete payload without an id')
  return payload.deletedStorefrontAccessTokenId
}
