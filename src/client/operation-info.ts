import type { CustomerOperationInfo } from '../core/customer-credential.js'

/** The parts of a parsed GraphQL document read here (graphql-js and graphql.web nodes alike). */
interface NameNode {
  readonly value: string
}
interface SelectionNode {
  readonly kind: string
  readonly name?: NameNode
  readonly alias?: NameNode | null
  readonly selectionSet?: { readonly selections: readonly SelectionNode[] }
}
interface DefinitionNode {
  readonly kind: string
  readonly operation?: string
  readonly name?: NameNode | null
  readonly variableDefinitions?: readonly { readonly variable: { readonly name: NameNode } }[]
  readonly selectionSet?: { readonly selections: readonly SelectionNode[] }
}
/** A parsed GraphQL document, as urql, Apollo and graphql-js hand it over. */
export interface DocumentLike {
  readonly definitions: readonly DefinitionNode[]
}

const cache = new WeakMap<DocumentLike, Map<string | undefined, CustomerOperationInfo | null>>()

/**
 * The operation of `document` named `name` (else its first): kind, name, root fields (through
 * fragments at the root) and declared variables; `null` when the document has none. Cached per
 * document object.
 */
export function operationInfo(
  document: DocumentLike,
  name?: string | null,
): CustomerOperationInfo | null {
  let byName = cache.get(document)
  if (!byName) cache.set(document, (byName = new Map()))
  const wanted = name ?? undefined
  if (byName.has(wanted)) return byName.get(wanted) ?? null
  const info = read(document, wanted)
  byName.set(wanted, info)
  return info
}

function read(document: DocumentLike, name: string | undefined): CustomerOperationInfo | null {
  const definitions = document.definitions
  const operation = definitions.find(
    (definition) =>
      definition.kind === 'OperationDefinition' &&
      (name === undefined || definition.name?.value === name),
  )
  if (!operation?.selectionSet) return null
  const fragments = new Map(
    definitions
      .filter((definition) => definition.kind === 'FragmentDefinition')
      .map((fragment) => [fragment.name?.value, fragment] as const),
  )
  const rootFields: { name: string; key: string }[] = []
  const collect = (selections: readonly SelectionNode[], seen: Set<string>): void => {
    for (const selection of selections) {
      if (selection.kind === 'Field' && selection.name) {
        const fieldName = selection.name.value
        rootFields.push({ name: fieldName, key: selection.alias?.value ?? fieldName })
      } else if (selection.kind === 'InlineFragment' && selection.selectionSet) {
        collect(selection.selectionSet.selections, seen)
      } else if (selection.kind === 'FragmentSpread' && selection.name) {
        const spread = selection.name.value
        const fragment = fragments.get(spread)
        // A fragment spread twice (or, invalidly, into itself) is read once.
        if (fragment?.selectionSet && !seen.has(spread))
          collect(fragment.selectionSet.selections, new Set([...seen, spread]))
      }
    }
  }
  collect(operation.selectionSet.selections, new Set())
  return {
    kind: operation.operation as CustomerOperationInfo['kind'],
    name: operation.name?.value,
    rootFields,
    variables: (operation.variableDefinitions ?? []).map(({ variable }) => variable.name.value),
  }
}
