/**
 * The customer fields every call that returns a customer asks for (no extra scopes needed),
 * spliced into each document's text (gql.tada reads the spliced literal like any other).
 */
export const customerFields =
  'id email firstName lastName displayName phone acceptsMarketing createdAt updatedAt'
