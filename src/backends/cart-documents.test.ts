import { parse, specifiedRules, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { adobeCommerceSchema } from '../testing/adobe-commerce/adobe-commerce-schema.js'
import { storefrontSchema } from '../testing/shopify-storefront/storefront-schema.js'
import { unsupportedFieldsRule } from '../testing/shopify-storefront/unsupported-fields-rule.js'
import * as adobeCart from './adobe-commerce/cart-documents.js'
import * as shopifyCart from './shopify-storefront/cart-documents.js'

const texts = (module: Record<string, unknown>) =>
  Object.values(module).filter((value): value is string => typeof value === 'string')

describe('the cart links’ GraphQL documents', () => {
  it('are valid Storefront API 2026-04 and served by the emulator', () => {
    for (const document of texts(shopifyCart))
      expect(
        validate(storefrontSchema(), parse(document), [
          ...specifiedRules,
          unsupportedFieldsRule,
        ]).map(String),
        document,
      ).toEqual([])
  })

  it('are valid against the Adobe Commerce SDL taken from Magento', () => {
    for (const document of texts(adobeCart))
      expect(validate(adobeCommerceSchema(), parse(document)).map(String), document).toEqual([])
  })
})
