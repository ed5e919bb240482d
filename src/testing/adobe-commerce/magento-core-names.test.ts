import type { GraphQLInterfaceType, GraphQLObjectType } from 'graphql'
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
} from 'graphql'
import { describe, expect, it } from 'vitest'
import magentoCoreNames from '../../schema/magento-core-names.json' with { type: 'json' }
import { adobeCommerceSchema } from './adobe-commerce-schema.js'

/** Every type, field and argument name the emulator's Adobe Commerce SDL declares. */
function servedNames(): string[] {
  const names: string[] = []
  for (const type of Object.values(adobeCommerceSchema().getTypeMap())) {
    if (type.name.startsWith('__') || type instanceof GraphQLScalarType) continue
    names.push(type.name)
    if (type instanceof GraphQLEnumType || type instanceof GraphQLUnionType) continue
    for (const field of Object.values(type.getFields())) {
      names.push(`${type.name}.${field.name}`)
      if (type instanceof GraphQLInputObjectType) continue
      const args = (type as GraphQLObjectType | GraphQLInterfaceType).getFields()[field.name]?.args
      for (const arg of args ?? []) names.push(`${type.name}.${field.name}(${arg.name})`)
    }
  }
  return names
}

function coreNames(): Set<string> {
  const names = new Set<string>()
  for (const [type, fields] of Object.entries(magentoCoreNames.types)) {
    names.add(type)
    for (const [field, args] of Object.entries(fields as Record<string, string[]>)) {
      names.add(`${type}.${field}`)
      for (const arg of args) names.add(`${type}.${field}(${arg})`)
    }
  }
  return names
}

describe("core Magento's customer and cart names (src/schema/magento-core-names.json)", () => {
  it('lists every type, field and argument the emulator serves, or says where a served one comes from', () => {
    const core = coreNames()
    const beyondCore = Object.keys(magentoCoreNames.servedBeyondCore)
    const servedOutsideCore = servedNames().filter(
      (name) =>
        !core.has(name) &&
        !beyondCore.some((extra) => name === extra || name.startsWith(`${extra}(`)),
    )
    expect(servedOutsideCore).toEqual([])
  })

  it('records where it was read: repository, commit and schema file of each module', () => {
    expect(magentoCoreNames.sources.length).toBeGreaterThan(0)
    for (const source of magentoCoreNames.sources) {
      expect(source.repository).toMatch(/^(magento\/magento2|mage-os\/mageos-magento2)$/)
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/)
      expect(source.path).toMatch(/^app\/code\/Magento\/\w*GraphQl\/etc\/schema\.graphqls$/)
    }
    const modules = magentoCoreNames.sources.map((source) => source.path.split('/')[3])
    expect(modules).toEqual(expect.arrayContaining(['CustomerGraphQl', 'QuoteGraphQl']))
  })
})
