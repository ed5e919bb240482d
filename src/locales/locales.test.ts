import { describe, expect, it } from 'vitest'
import * as enModule from './en/index.js'
import * as deModule from './de/index.js'
import * as esModule from './es/index.js'
import * as frModule from './fr/index.js'

const { en } = enModule
const { de } = deModule
const { es } = esModule
const { fr } = frModule
const translations = { de, fr, es }

describe('locale packs', () => {
  describe.each(Object.entries(translations))('%s', (_language, pack) => {
    it('has every component of the English pack, and no other', () => {
      expect(Object.keys(pack).sort()).toEqual(Object.keys(en).sort())
    })

    it.each(Object.keys(en) as (keyof typeof en)[])(
      'has every key of %s, each a non-empty string that is not the English one',
      (component) => {
        const english: Record<string, string> = { ...en[component] }
        const translated: Record<string, string> = { ...pack[component] }
        expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort())
        for (const [key, text] of Object.entries(translated)) {
          expect(text.trim(), `${component}.${key}`).not.toBe('')
          // Words shared across languages (e.g. "Email") are fine; whole sentences are not.
          if (english[key]?.includes(' '))
            expect(text, `${component}.${key}`).not.toBe(english[key])
        }
      },
    )
  })

  describe.each(Object.entries({ en: enModule, de: deModule, fr: frModule, es: esModule }))(
    '%s exports each component on its own',
    (language, module) => {
      it.each(Object.keys(en))('%s, as in the pack', (component) => {
        const exports: Record<string, unknown> = { ...module }
        const pack = exports[language] as Record<string, unknown>
        expect(exports[`${component}Messages`]).toBe(pack[component])
      })
    },
  )
})
