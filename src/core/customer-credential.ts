/**
 * Why an API answer says the customer's token is no good: `token-invalid` (refused: expired,
 * revoked, unknown) or `customer-missing` (the token identifies no customer any more). The
 * reason the session ends with (`endReason`, the `logout` event).
 */
export type TokenRefusal = 'token-invalid' | 'customer-missing'

/** What the app's client needs to know of an operation: its root fields and variables. */
export interface CustomerOperationInfo {
  /** `query`, `mutation` or `subscription`. */
  readonly kind: 'query' | 'mutation' | 'subscription'
  /** The operation's name, when it has one. */
  readonly name: string | undefined
  /** The root fields it selects: the schema's field name and the response key (its alias). */
  readonly rootFields: readonly { readonly name: string; readonly key: string }[]
  /** The names of the variables it declares (without `$`). */
  readonly variables: readonly string[]
}

/** A GraphQL answer as any client hands it over: `data`, the GraphQL errors, the HTTP status. */
export interface GraphQLResultLike {
  readonly data?: Readonly<Record<string, unknown>> | null
  readonly errors?: readonly {
    readonly path?: readonly (string | number)[] | null
    readonly extensions?: Readonly<Record<string, unknown>> | null
  }[]
  /** The HTTP status, when known. */
  readonly status?: number
}

/**
 * How a backend's API takes the customer's token in the app's own requests, and how it says the
 * token is refused. Used by `customerAuthExchange()` and `createCustomerFetch()`; decided by
 * codes and categories, never by a message.
 */
export interface CustomerCredential {
  /** True when the operation acts as the signed-in customer (the token goes with it). */
  needsCustomer(operation: CustomerOperationInfo): boolean
  /** The HTTP headers that carry the token (Adobe Commerce: `Authorization: Bearer …`). */
  headers(accessToken: string): Readonly<Record<string, string>>
  /** The variable the token fills, where the API takes it as an argument (Shopify). */
  readonly variable: string | undefined
  /**
   * Why this answer to `operation`, sent with the token, refuses it; `null` when it does not. A
   * promise where the rule loads on demand (Adobe Commerce reads errors with its error mapping).
   */
  refusal(
    result: GraphQLResultLike,
    operation: CustomerOperationInfo,
  ): TokenRefusal | null | Promise<TokenRefusal | null>
}
