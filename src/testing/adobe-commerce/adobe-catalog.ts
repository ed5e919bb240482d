/** A product the emulated Adobe Commerce store sells: enough for a cart item to show. */
export interface AdobeCatalogProduct {
  /** Magento's entity id; `uid` is its base64 (`Magento\Framework\GraphQl\Query\Uid`). */
  readonly id: number
  readonly sku: string
  readonly name: string
  /** A virtual product needs no shipping; a cart of only virtual products `is_virtual`. */
  readonly virtual: boolean
}

/**
 * The emulator's catalog: a few simple products, so a cart can hold lines and a merge of a guest
 * cart into a customer's is observable. The emulator sells nothing else (an unknown SKU is
 * `PRODUCT_NOT_FOUND`, as in Magento).
 */
export const adobeCatalog: readonly AdobeCatalogProduct[] = [
  { id: 1, sku: 'enamel-mug', name: 'Enamel mug', virtual: false },
  { id: 2, sku: 'cotton-tee', name: 'Cotton tee', virtual: false },
  { id: 3, sku: 'gift-card', name: 'Gift card', virtual: true },
]

/** Magento's `uid` for an entity id: the id as text, base64-encoded. */
export function magentoUid(id: number): string {
  return btoa(String(id))
}
