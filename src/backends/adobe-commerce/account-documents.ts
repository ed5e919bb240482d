import { customerFields } from './customer-fields.js'
import { graphql } from './graphql.js'

// The account mutations of Magento's CustomerGraphQl module (and the email check sign-up uses).
// Loaded with the account flows, on demand.

export const IsEmailAvailable = /* @__PURE__ */ graphql(
  'query IsEmailAvailable($email:String!){isEmailAvailable(email:$email){is_email_available}}',
)

export const CreateCustomer = /* @__PURE__ */ graphql(
  'mutation CreateCustomer($input:CustomerCreateInput!){createCustomerV2(input:$input){customer{email}}}',
)

export const UpdateCustomer = /* @__PURE__ */ graphql(
  `mutation UpdateCustomer($input:CustomerUpdateInput!){updateCustomerV2(input:$input){customer{${customerFields}}}}`,
)

export const ChangeCustomerPassword = /* @__PURE__ */ graphql(
  `mutation ChangeCustomerPassword($currentPassword:String!,$newPassword:String!){changeCustomerPassword(currentPassword:$currentPassword,newPassword:$newPassword){${customerFields}}}`,
)

export const RequestPasswordResetEmail = /* @__PURE__ */ graphql(
  'mutation RequestPasswordResetEmail($email:String!){requestPasswordResetEmail(email:$email)}',
)

export const ResetPassword = /* @__PURE__ */ graphql(
  'mutation ResetPassword($email:String!,$resetPasswordToken:String!,$newPassword:String!){resetPassword(email:$email,resetPasswordToken:$resetPasswordToken,newPassword:$newPassword)}',
)

export const ConfirmEmail = /* @__PURE__ */ graphql(
  'mutation ConfirmEmail($input:ConfirmEmailInput!){confirmEmail(input:$input){customer{email}}}',
)

export const ResendConfirmationEmail = /* @__PURE__ */ graphql(
  'mutation ResendConfirmationEmail($email:String!){resendConfirmationEmail(email:$email)}',
)
