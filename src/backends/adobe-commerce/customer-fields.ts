import { graphql } from './graphql.js'

/**
 * The customer fields the backend reads. `id` is deprecated in Magento's schema but still served,
 * and it is the only stable identifier besides the (changeable) email.
 */
export const CustomerFields = /* @__PURE__ */ graphql(
  'fragment CustomerFields on Customer{id email firstname middlename lastname is_subscribed created_at}',
)
