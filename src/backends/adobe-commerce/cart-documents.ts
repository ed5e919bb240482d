import { graphql } from './graphql.js'

// The cart operations of adobeCommerceCart(). Compact text, as the token documents.

/** The signed-in customer's active cart (Magento creates one when there is none). */
export const CustomerCartId = /* @__PURE__ */ graphql('query CustomerCartId{customerCart{id}}')

/** Moves the guest cart's items into the customer's cart; Magento deactivates the guest cart. */
export const MergeGuestCart = /* @__PURE__ */ graphql(
  'mutation MergeGuestCart($source:String!,$destination:String){mergeCarts(source_cart_id:$source,destination_cart_id:$destination){id}}',
)

/** A new, empty guest cart. */
export const CreateGuestCart = /* @__PURE__ */ graphql(
  'mutation CreateGuestCart{createGuestCart{cart{id}}}',
)
