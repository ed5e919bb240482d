import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import { shopifyAdminSchema, shopifyAdminSdl } from './shopify-admin-schema.js'

it('serves exactly the SDL kept in src/schema/shopify-admin.graphql', async () => {
  const fileOfRecord = await readFile(
    new URL('../../schema/shopify-admin.graphql', import.meta.url),
    'utf8',
  )
  // On failure, regenerate the module: npm run generate:graphql
  expect(shopifyAdminSdl).toBe(fileOfRecord)
  expect(shopifyAdminSchema().getMutationType()?.getFields()).toHaveProperty(
    'storefrontAccessTokenCreate',
  )
})
