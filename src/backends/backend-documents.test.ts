import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import {
  buildClientSchema,
  buildSchema,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql'
import { describe, expect, it } from 'vitest'
import * as adobeAccount from './adobe-commerce/account-documents.js'
import * as adobeCustomer from './adobe-commerce/customer-query.js'
import * as adobeTokens from './adobe-commerce/token-documents.js'
import * as shopifyAccount from './shopify-storefront/account-documents.js'
import * as shopifyCustomer from './shopify-storefront/customer-query.js'
import * as shopifyTokens from './shopify-storefront/token-documents.js'

const require = createRequire(import.meta.url)

function storefrontSchema(): GraphQLSchema {
  const path = require.resolve('@shopify/hydrogen-react/storefront.schema.json')
  return buildClientSchema(JSON.parse(readFileSync(path, 'utf8')) as IntrospectionQuery)
}

function adobeSchema(): GraphQLSchema {
  const sdl = readFileSync(new URL('../schema/adobe-commerce.graphql', import.meta.url), 'utf8')
  return buildSchema(sdl)
}

/** The operations a module exports: typed document strings, as urql receives them. */
function documentsOf(...modules: Record<string, unknown>[]): [string, string][] {
  return modules.flatMap((module) =>
    Object.entries(module).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && /^(query|mutation)\b/.test(entry[1]),
    ),
  )
}

/** Parses with graphql-js, as the API does, so validation sees exactly the text sent. */
function validationErrors(schema: GraphQLSchema, document: string | DocumentNode): string[] {
  return validate(schema, typeof document === 'string' ? parse(document) : document).map(
    (error) => error.message,
  )
}

describe('the backends’ GraphQL documents', () => {
  const shopifyDocuments = documentsOf(shopifyTokens, shopifyCustomer, shopifyAccount)
  const adobeDocuments = documentsOf(adobeTokens, adobeCustomer, adobeAccount)

  it('cover every Storefront and Adobe Commerce operation the backends send', () => {
    expect(shopifyDocuments.map(([name]) => name).sort()).toEqual([
      'CustomerAccessTokenCreate',
      'CustomerAccessTokenCreateWithMultipass',
      'CustomerAccessTokenDelete',
      'CustomerAccessTokenRenew',
      'CustomerActivate',
      'CustomerActivateByUrl',
      'CustomerCreate',
      'CustomerQuery',
      'CustomerRecover',
      'CustomerReset',
      'CustomerResetByUrl',
      'CustomerUpdate',
    ])
    expect(adobeDocuments.map(([name]) => name).sort()).toEqual([
      'ChangeCustomerPassword',
      'ConfirmEmail',
      'CreateCustomer',
      'CustomerQuery',
      'ExchangeOtpForCustomerToken',
      'GenerateCustomerToken',
      'IsEmailAvailable',
      'RequestPasswordResetEmail',
      'ResendConfirmationEmail',
      'ResetPassword',
      'RevokeCustomerToken',
      'UpdateCustomer',
    ])
  })

  it.each(documentsOf(shopifyTokens, shopifyCustomer, shopifyAccount))(
    'validates %s against hydrogen-react’s Storefront API 2026-04 schema',
    (_name, document) => {
      expect(validationErrors(storefrontSchema(), document)).toEqual([])
    },
  )

  it.each(documentsOf(adobeTokens, adobeCustomer, adobeAccount))(
    'validates %s against the repo’s Adobe Commerce SDL',
    (_name, document) => {
      expect(validationErrors(adobeSchema(), document)).toEqual([])
    },
  )

  it('would catch a document that asks for a field the schema lacks', () => {
    const wrong = parse(
      'mutation { customerAccessTokenCreate(input: {email: "", password: ""}) { token } }',
    )
    expect(validationErrors(storefrontSchema(), wrong)).not.toEqual([])
    expect(validationErrors(adobeSchema(), wrong)).not.toEqual([])
  })
})
