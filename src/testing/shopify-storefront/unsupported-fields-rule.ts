import { GraphQLError, getNamedType, type ValidationRule } from 'graphql'
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

const supported: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...new Set([...Object.keys(customerSubset), ...Object.keys(accountFieldsSupported)])].map(
    (type) => [type, [...(customerSubset[type] ?? []), ...(accountFieldsSupported[type] ?? [])]],
  ),
)

/** The extension code on these errors, for code that wants to tell them from schema errors. */
export const unsupportedByEmulatorCode = 'NOT_SUPPORTED_BY_EMULATOR'

export const unsupportedFieldsRule: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value
    if (name.startsWith('__')) return // __typename and introspection stay available to tooling
    const parent = context.getParentType()
    if (!parent) return
    const parentName = getNamedType(parent).name
    const allowed = supported[parentName]
    // Types outside the table are only reachable through a field already reported.
    if (!allowed || allowed.includes(name)) return
    context.reportError(
      new GraphQLError(
        `Field "${parentName}.${name}" is not supported by the emulator: storefront-auth emulates ` +
          'the customer-account subset of the Storefront API.',
        { nodes: node, extensions: { code: unsupportedByEmulatorCode } },
      ),
    )
  },
})
