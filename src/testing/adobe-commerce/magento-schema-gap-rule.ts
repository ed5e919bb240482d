import {
  FieldsOnCorrectTypeRule,
  GraphQLError,
  KnownArgumentNamesRule,
  KnownTypeNamesRule,
  ValuesOfCorrectTypeRule,
  getNamedType,
  specifiedRules,
  type ASTNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import magentoCoreNames from '../../schema/magento-core-names.json' with { type: 'json' }

import { unsupportedByEmulatorCode } from '../shopify-storefront/unsupported-fields-rule.js'

export { unsupportedByEmulatorCode }

/** Core Magento's customer and cart schema: type → field → argument names (see its `sources`). */
export const magentoCoreTypes: Readonly<
  Record<string, Readonly<Record<string, readonly string[]>>>
> = magentoCoreNames.types

const subset = 'storefront-auth emulates the customer-account and cart subset of Adobe Commerce.'

function notSupported(what: string, node: ASTNode | undefined): GraphQLError {
  return new GraphQLError(`${what} is not supported by the emulator: ${subset}`, {
    ...(node ? { nodes: node } : {}),
    extensions: { code: unsupportedByEmulatorCode },
  })
}

/**
 * A standard rule whose "not in the schema" errors become NOT_SUPPORTED_BY_EMULATOR when the name
 * is core Magento's. `rename` is asked at the moment the rule reports, while the context still
 * points at the field being visited.
 */
function renaming(
  rule: ValidationRule,
  rename: (context: ValidationContext, error: GraphQLError) => GraphQLError | null,
): ValidationRule {
  return (context) => {
    const proxy = Object.create(context) as ValidationContext
    proxy.reportError = (error) => context.reportError(rename(context, error) ?? error)
    return rule(proxy)
  }
}

const parentName = (context: ValidationContext) => {
  const parent = context.getParentType()
  return parent ? getNamedType(parent).name : null
}

const unservedField = renaming(FieldsOnCorrectTypeRule, (context, error) => {
  const node = error.nodes?.[0]
  const type = parentName(context)
  if (node?.kind !== 'Field' || !type) return null
  const field = node.name.value
  return magentoCoreTypes[type]?.[field] ? notSupported(`Field "${type}.${field}"`, node) : null
})

const unservedType = renaming(KnownTypeNamesRule, (_context, error) => {
  const node = error.nodes?.[0]
  if (node?.kind !== 'NamedType') return null
  const type = node.name.value
  return magentoCoreTypes[type] ? notSupported(`Type "${type}"`, node) : null
})

const unservedArgument = renaming(KnownArgumentNamesRule, (context, error) => {
  const node = error.nodes?.[0]
  const type = parentName(context)
  const field = context.getFieldDef()?.name
  if (node?.kind !== 'Argument' || !type || !field) return null
  const argument = node.name.value
  return magentoCoreTypes[type]?.[field]?.includes(argument)
    ? notSupported(`Argument "${argument}" of "${type}.${field}"`, node)
    : null
})

/** An input field written out in the document (`input: { custom_attributes: [] }`). */
const unservedInputField = renaming(ValuesOfCorrectTypeRule, (context, error) => {
  const node = error.nodes?.[0]
  const parent = context.getParentInputType()
  if (node?.kind !== 'ObjectField' || !parent || !error.message.includes('is not defined by type'))
    return null
  const type = getNamedType(parent).name
  const field = node.name.value
  return magentoCoreTypes[type]?.[field]
    ? notSupported(`Input field "${type}.${field}"`, node)
    : null
})

const replaced = new Map<ValidationRule, ValidationRule>([
  [FieldsOnCorrectTypeRule, unservedField],
  [KnownTypeNamesRule, unservedType],
  [KnownArgumentNamesRule, unservedArgument],
  [ValuesOfCorrectTypeRule, unservedInputField],
])

/**
 * graphql-js's validation rules for the Adobe Commerce endpoint: a type, field or argument of core
 * Magento's customer and cart schema that the served SDL lacks answers NOT_SUPPORTED_BY_EMULATOR
 * (as the Storefront endpoint does), so a developer can tell an emulator gap from a typo, which
 * still reads as graphql-js's "Cannot query field". What is served is whatever the SDL declares,
 * so a type or field added to `src/schema/adobe-commerce.graphql` is served from then on.
 */
export const magentoValidationRules: readonly ValidationRule[] = specifiedRules.map(
  (rule) => replaced.get(rule) ?? rule,
)
