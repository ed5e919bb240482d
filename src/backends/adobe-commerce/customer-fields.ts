/**
 * The customer fields the backend reads, spliced into each document's text. `id` is deprecated
 * in Magento's schema but still served, and it is the only stable identifier besides the
 * (changeable) email.
 */
export const customerFields = 'id email firstname middlename lastname is_subscribed created_at'
