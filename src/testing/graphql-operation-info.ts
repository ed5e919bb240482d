import { parseRequestParams } from 'graphql-http/lib/use/fetch'
import type { GraphQLRequestReader } from './graphql-request-params.js'
import { getOperationAST, Kind, parse, type SelectionSetNode, type DocumentNode } from 'graphql'

/** Which operation a GraphQL request asks for, read for the request log and fault matching. */
export interface GraphQLOperationInfo {
  readonly operationName: string | null
  readonly fields: readonly string[]
}

function rootFields(
  document: DocumentNode,
  selectionSet: SelectionSetNode,
  into: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value)
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      rootFields(document, selection.selectionSet, into)
    else {
      const fragment = document.definitions.find(
        (definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION &&
          definition.name.value === selection.name.value,
      )
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        rootFields(document, fragment.selectionSet, into)
    }
  }
}

/**
 * Reads a clone with the endpoint's reader and graphql-http's own parser behind it, as the
 * handler does, so the log sees exactly what the handler will. A request they cannot parse has no
 * operation (the handler answers it with its own error).
 */
export async function readGraphQLOperationInfo(
  request: Request,
  reader: GraphQLRequestReader,
): Promise<GraphQLOperationInfo> {
  const none: GraphQLOperationInfo = { operationName: null, fields: [] }
  try {
    const clone = request.clone()
    const params = (await reader(clone)) ?? (await parseRequestParams(clone))
    if (params instanceof Response || !('query' in params)) return none
    const document = parse(params.query)
    const operation = getOperationAST(document, params.operationName ?? undefined)
    const operationName = params.operationName ?? operation?.name?.value ?? null
    if (!operation) return { operationName, fields: [] }
    const fields = new Set<string>()
    rootFields(document, operation.selectionSet, fields)
    return { operationName, fields: [...fields] }
  } catch {
    return none
  }
}
