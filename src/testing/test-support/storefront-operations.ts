/** The Storefront operations the emulator tests send, written once. */
export const customerUserErrors = 'customerUserErrors { code field message }'
export const token = 'customerAccessToken { accessToken expiresAt }'

export const login = `mutation Login($input: CustomerAccessTokenCreateInput!) {
  customerAccessTokenCreate(input: $input) { ${token} ${customerUserErrors} userErrors { field message } }
}`
export const renew = `mutation Renew($token: String!) {
  customerAccessTokenRenew(customerAccessToken: $token) { ${token} userErrors { field message } }
}`
export const logout = `mutation Logout($token: String!) {
  customerAccessTokenDelete(customerAccessToken: $token) { deletedAccessToken deletedCustomerAccessTokenId userErrors { field message } }
}`
export const multipass = `mutation Multipass($multipassToken: String!) {
  customerAccessTokenCreateWithMultipass(multipassToken: $multipassToken) { ${token} ${customerUserErrors} }
}`
export const customerFields =
  'id email firstName lastName displayName phone acceptsMarketing createdAt updatedAt numberOfOrders tags'
export const readCustomer = `query Customer($token: String!) {
  customer(customerAccessToken: $token) { ${customerFields} }
}`
export const createCustomer = `mutation Register($input: CustomerCreateInput!) {
  customerCreate(input: $input) { customer { ${customerFields} } ${customerUserErrors} userErrors { field message } }
}`
export const recover = `mutation Recover($email: String!) {
  customerRecover(email: $email) { ${customerUserErrors} userErrors { field message } }
}`
export const reset = `mutation Reset($id: ID!, $input: CustomerResetInput!) {
  customerReset(id: $id, input: $input) { customer { id email } ${token} ${customerUserErrors} userErrors { field message } }
}`
export const resetByUrl = `mutation ResetByUrl($password: String!, $resetUrl: URL!) {
  customerResetByUrl(password: $password, resetUrl: $resetUrl) { customer { id email } ${token} ${customerUserErrors} }
}`
export const activate = `mutation Activate($id: ID!, $input: CustomerActivateInput!) {
  customerActivate(id: $id, input: $input) { customer { id email } ${token} ${customerUserErrors} userErrors { field message } }
}`
export const activateByUrl = `mutation ActivateByUrl($activationUrl: URL!, $password: String!) {
  customerActivateByUrl(activationUrl: $activationUrl, password: $password) { customer { id email } ${token} ${customerUserErrors} }
}`
export const update = `mutation Update($customer: CustomerUpdateInput!, $token: String!) {
  customerUpdate(customer: $customer, customerAccessToken: $token) { customer { ${customerFields} } ${token} ${customerUserErrors} userErrors { field message } }
}`

export interface TokenPayload {
  readonly customerAccessToken: { accessToken: string; expiresAt: string } | null
  readonly customerUserErrors: readonly {
    code: string | null
    field: string[] | null
    message: string
  }[]
  readonly userErrors?: readonly { field: string[] | null; message: string }[]
}
