/**
 * `Customer.group`, Magento 2.4.8's `CustomerGroupStorefront { uid: ID! }`
 * (mage-os/mageos-magento2 app/code/Magento/CustomerGraphQl/etc/schema.graphqls, see
 * `src/schema/magento-core-names.json` for the commit). Magento answers it only when
 * `customer/account_information/graphql_share_customer_group` is on
 * (`Model/Resolver/CustomerGroup.php`); the emulator answers as a store with it on, and every
 * emulated customer is in Magento's default group for new accounts, 1 ("General"). A `uid` is the
 * base64 of the entity id, as Magento's `Uid` encoder makes it.
 */
export const generalGroupId = 1

export function customerGroupValue(groupId: number = generalGroupId) {
  return { uid: btoa(String(groupId)) }
}
