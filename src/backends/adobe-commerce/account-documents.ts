import { CustomerFields } from './customer-fields.js'
import { graphql } from './graphql.js'

// The customer query and the account mutations of Magento's CustomerGraphQl module.

export const CustomerQuery = graphql(
  `
    query Customer {
      customer {
        ...CustomerFields
      }
    }
  `,
  [CustomerFields],
)

export const IsEmailAvailable = graphql(`
  query IsEmailAvailable($email: String!) {
    isEmailAvailable(email: $email) {
      is_email_available
    }
  }
`)

export const CreateCustomer = graphql(`
  mutation CreateCustomer($input: CustomerCreateInput!) {
    createCustomerV2(input: $input) {
      customer {
        email
      }
    }
  }
`)

export const UpdateCustomer = graphql(
  `
    mutation UpdateCustomer($input: CustomerUpdateInput!) {
      updateCustomerV2(input: $input) {
        customer {
          ...CustomerFields
        }
      }
    }
  `,
  [CustomerFields],
)

export const RequestPasswordResetEmail = graphql(`
  mutation RequestPasswordResetEmail($email: String!) {
    requestPasswordResetEmail(email: $email)
  }
`)

export const ResetPassword = graphql(`
  mutation ResetPassword($email: String!, $resetPasswordToken: String!, $newPassword: String!) {
    resetPassword(email: $email, resetPasswordToken: $resetPasswordToken, newPassword: $newPassword)
  }
`)
