import type { initGraphQLTada, ResultOf, VariablesOf } from 'gql.tada'
import type { TypedDocument } from '../typed-document.js'
import type { introspection } from './adobe-commerce-env.js'

// @internal keeps these out of the .d.ts: printing gql.tada's schema-sized types there
// exhausts tsc's memory, and no public type needs them.
/** @internal */
type AdobeTada = ReturnType<typeof initGraphQLTada<{ introspection: introspection }>>
/** @internal */
declare const tada: AdobeTada
// Never called, and dropped by any bundler: its type asks gql.tada's overloaded signature what
// one document means (an instantiation expression on `tada` itself trips over the first overload).
/** @internal */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used through `typeof parse`
const parse = <const Source extends string>(source: Source) => tada(source)
/** @internal */
type Parsed<Source extends string> = ReturnType<typeof parse<Source>>

/**
 * @internal
 * A typed document for Adobe Commerce GraphQL (the customer-auth subset in src/schema):
 * gql.tada checks and types the text at compile time; at run time it is the text itself.
 */
export function graphql<const Source extends string>(
  source: Source,
): TypedDocument<ResultOf<Parsed<Source>>, VariablesOf<Parsed<Source>>> {
  return source
}

export type { ResultOf, VariablesOf } from 'gql.tada'
