import { customerFields } from './customer-fields.js'
import { graphql } from './graphql.js'

// The account mutations that create a customer or issue or rotate a token. Loaded with the
// account flows, on demand.

/** A Multipass sign-in happens once, on an SSO landing page: it loads with the account flows. */
export const CustomerAccessTokenCreateWithMultipass = /* @__PURE__ */ graphql(
  'mutation CustomerAccessTokenCreateWithMultipass($multipassToken:String!){customerAccessTokenCreateWithMultipass(multipassToken:$multipassToken){customerAccessToken{accessToken expiresAt}customerUserErrors{code field message}}}',
)

export const CustomerCreate = /* @__PURE__ */ graphql(
  'mutation CustomerCreate($input:CustomerCreateInput!){customerCreate(input:$input){customerUserErrors{code field message}}}',
)

export const CustomerRecover = /* @__PURE__ */ graphql(
  'mutation CustomerRecover($email:String!){customerRecover(email:$email){customerUserErrors{code field message}}}',
)

export const CustomerReset = /* @__PURE__ */ graphql(
  'mutation CustomerReset($id:ID!,$input:CustomerResetInput!){customerReset(id:$id,input:$input){customerAccessToken{accessToken expiresAt}customerUserErrors{code field message}}}',
)

export const CustomerResetByUrl = /* @__PURE__ */ graphql(
  'mutation CustomerResetByUrl($resetUrl:URL!,$password:String!){customerResetByUrl(resetUrl:$resetUrl,password:$password){customerAccessToken{accessToken expiresAt}customerUserErrors{code field message}}}',
)

export const CustomerActivate = /* @__PURE__ */ graphql(
  'mutation CustomerActivate($id:ID!,$input:CustomerActivateInput!){customerActivate(id:$id,input:$input){customerAccessToken{accessToken expiresAt}customerUserErrors{code field message}}}',
)

export const CustomerActivateByUrl = /* @__PURE__ */ graphql(
  'mutation CustomerActivateByUrl($activationUrl:URL!,$password:String!){customerActivateByUrl(activationUrl:$activationUrl,password:$password){customerAccessToken{accessToken expiresAt}customerUserErrors{code field message}}}',
)

export const CustomerUpdate = /* @__PURE__ */ graphql(
  `mutation CustomerUpdate($customerAccessToken:String!,$customer:CustomerUpdateInput!){customerUpdate(customerAccessToken:$customerAccessToken,customer:$customer){customer{${customerFields}}customerAccessToken{accessToken expiresAt}customerUserErrors{code field message}}}`,
)
