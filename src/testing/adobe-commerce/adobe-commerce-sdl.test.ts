import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { adobeCommerceSdl } from './adobe-commerce-sdl.js'

describe('the Adobe Commerce SDL module', () => {
  it('is the repository’s src/schema/adobe-commerce.graphql (regenerate with npm run generate:graphql)', () => {
    const file = readFileSync(
      new URL('../../schema/adobe-commerce.graphql', import.meta.url),
      'utf8',
    )
    expect(adobeCommerceSdl).toBe(file)
  })
})
