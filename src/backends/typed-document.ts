import type { DocumentDecoration } from 'gql.tada'

/**
 * A GraphQL document kept as its text, typed by gql.tada. urql takes a string wherever it takes
 * a document and parses it on first use (with @0no-co/graphql.web, which it ships anyway), so the
 * backends carry no parser call at load time and no gql.tada runtime.
 */
export type TypedDocument<Result, Variables> = string & DocumentDecoration<Result, Variables>
