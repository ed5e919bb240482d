import { GraphQLError, getNamedType, type ValidationRule } from 'graphql'
import { storefrontCartFields } from './storefront-carts.js'
import { accountFieldsSupported } from './account-fields-supported.js'

/**
 * The part of the Storefront schema the emulator answers. A query for anything else is valid
 * against Shopify's schema, so it must not come back as a silent null: this rule turns it into a
 * validation error that says so.
 */
const customerSubset: Readonly<Record<string, readonly string[]>> = {
  QueryRoot: ['customer', 'publicApiVersions'],
  ApiVersion: ['displayName', 'handle', 'supported'],
  Mutation: [
    'customerAccessTokenCreate',
    'customerAccessTokenRenew',
    'customerAccessTokenDelete',
    'customerAccessTokenCreateWithMultipass',
    'customerCreate',
    'customerRecover',
    'customerReset',
    'customerResetByUrl',
    'customerActivate',
    'customerActivateByUrl',
    'customerUpdate',
  ],
  Customer: [
    'id',
    'email',
    'firstName',
    'lastName',
    'displayName',
    'phone',
    'acceptsMarketing',
    'createdAt',
    'updatedAt',
    'numberOfOrders',
    'tags',
  ],
  CustomerAccessToken: ['accessToken', 'expiresAt'],
  CustomerUserError: ['code', 'field', 'message'],
  UserError: ['field', 'message'],
  DisplayableError: ['field', 'message'],
  CustomerAccessTokenCreatePayload: ['customerAccessToken', 'customerUserErrors', 'userErrors'],
  CustomerAccessTokenRenewPayload: ['customerAccessToken', 'userErrors'],
  CustomerAccessTokenDeletePayload: [
    'deletedAccessToken',
    'deletedCustomerAccessTokenId',
    'userErrors',
  ],
  CustomerAccessTokenCreateWithMultipassPayload: ['customerAccessToken', 'customerUserErrors'],
  CustomerCreatePayload: ['customer', 'customerUserErrors', 'userErrors'],
  CustomerRecoverPayload: ['customerUserErrors', 'userErrors'],
  CustomerResetPayload: ['customer', 'customerAccessToken', 'customerUserErrors', 'userErrors'],
  CustomerResetByUrlPayload: [
    'customer',
    'customerAccessToken',
    'customerUserErrors',
    'userErrors',
  ],
  CustomerActivatePayload: ['customer', 'customerAccessToken', 'customerUserErrors', 'userErrors'],
  CustomerActivateByUrlPayload: ['customer', 'customerAccessToken', 'customerUserErrors'],
  CustomerUpdatePayload: ['customer', 'customerAccessToken', 'customerUserErrors', 'userErrors'],
}

type FieldTable = Readonly<Record<string, readonly string[]>>
// Each part of the emulator names the fields it serves; the rule serves their union.
const servedTables: readonly FieldTable[] = [
  customerSubset,
  accountFieldsSupported,
  storefrontCartFields,
]
const supported: FieldTable = Object.fromEntries(
  [...new Set(servedTables.flatMap((table) => Object.keys(table)))].map((type) => [
    type,
    servedTables.flatMap((table) => table[type] ?? []),
  ]),
)

/** The extension code on these errors, for code that wants to tell them from schema errors. */
export const unsupportedByEmulatorCode = 'NOT_SUPPORTED_BY_EMULATOR'

// Fields the emulator always answers with null: nothing below them is ever read, so a document
// may select there whatever the real schema has (Hydrogen's order card reads `variant { image }`).
const alwaysNull: ReadonlySet<string> = new Set(['OrderLineItem.variant'])

export const unsupportedFieldsRule: ValidationRule = (context) => {
  // How deep the walk is inside an always-null field (0: outside every one).
  let insideAlwaysNull = 0
  const coordinateOf = (name: string): string | null => {
    const parent = context.getParentType()
    return parent ? `${getNamedType(parent).name}.${name}` : null
  }
  return {
    Field: {
      enter(node) {
        const name = node.name.value
        const coordinate = coordinateOf(name)
        if (coordinate && alwaysNull.has(coordinate)) insideAlwaysNull++
        if (insideAlwaysNull > 0 || !coordinate) return
        if (name.startsWith('__')) return // __typename and introspection stay available to tooling
        const parentName = coordinate.slice(0, coordinate.lastIndexOf('.'))
        const allowed = supported[parentName] ?? []
        // Types outside the table are only reachable through a field already reported.
        if (allowed.length === 0 || allowed.includes(name)) return
        context.reportError(
          new GraphQLError(
            `Field "${coordinate}" is not supported by the emulator: storefront-auth emulates ` +
              'the customer-account subset of the Storefront API.',
            { nodes: node, extensions: { code: unsupportedByEmulatorCode } },
          ),
        )
      },
      leave(node) {
        const coordinate = coordinateOf(node.name.value)
        if (coordinate && alwaysNull.has(coordinate)) insideAlwaysNull--
      },
    },
  }
}
