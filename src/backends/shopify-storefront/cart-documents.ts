import { graphql } from './graphql.js'

// The cart operations of shopifyCart(). Compact text, as the token documents.

/** Sets (or, with `customerAccessToken: null`, clears) the customer a cart belongs to. */
export const CartBuyerIdentityUpdate = /* @__PURE__ */ graphql(
  'mutation CartBuyerIdentityUpdate($cartId:ID!,$buyerIdentity:CartBuyerIdentityInput!){cartBuyerIdentityUpdate(cartId:$cartId,buyerIdentity:$buyerIdentity){cart{id}userErrors{code field message}}}',
)

/** A new cart, optionally already the customer's. */
export const CartCreate = /* @__PURE__ */ graphql(
  'mutation CartCreate($input:CartInput){cartCreate(input:$input){cart{id}userErrors{code field message}}}',
)
