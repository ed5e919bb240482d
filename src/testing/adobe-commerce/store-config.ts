import { minimumPasswordLength, requiredCharacterClasses } from './password-rules.js'

/**
 * `Query.storeConfig` of a fresh single-store Magento install: the names of its default store
 * view, group and website (Store module's install data), the customer and password settings the
 * emulator enforces (see password-rules.ts), and the checkout defaults of `Checkout/etc/config.xml`
 * (`guest_checkout` = 1, `delete_quote_after` = 30 days). Magento types the two password settings
 * as String, so they are answered as text.
 */
export function storeConfigValue({
  requireConfirmation,
}: {
  readonly requireConfirmation: boolean
}) {
  return {
    code: 'default',
    store_code: 'default',
    store_name: 'Default Store View',
    is_default_store: true,
    store_group_code: 'main_website_store',
    store_group_name: 'Main Website Store',
    website_code: 'base',
    website_name: 'Main Website',
    locale: 'en_US',
    base_currency_code: 'USD',
    default_display_currency_code: 'USD',
    timezone: 'UTC',
    required_character_classes_number: String(requiredCharacterClasses),
    minimum_password_length: String(minimumPasswordLength),
    autocomplete_on_storefront: true,
    create_account_confirmation: requireConfirmation,
    is_guest_checkout_enabled: true,
    cart_expires_in_days: 30,
  }
}
