import { gql } from '@apollo/client/core'

/**
 * PWA Studio's (Venia's) customer documents, copied unchanged from github.com/magento/pwa-studio.
 * PWA Studio imports `gql` from '@apollo/client'; the same function comes from
 * '@apollo/client/core' here so the tests do not load Apollo's React entry.
 *
 * - packages/peregrine/lib/talons/CreateAccount/createAccount.gql.js at
 *   7b9dbbf51f39384a2afd2d70453399e92136ded9: CREATE_ACCOUNT, GET_CUSTOMER, SIGN_IN (its
 *   CREATE_CART, GET_CART_DETAILS and MERGE_CARTS need the emulator's carts and are not here).
 * - packages/peregrine/lib/talons/ForgotPassword/forgotPassword.gql.js at
 *   a8c03c3de555d301cae114f0fcdb7b18fb8fa9be: REQUEST_PASSWORD_RESET_EMAIL_MUTATION.
 * - packages/venia-ui/lib/components/AccountInformationPage/accountInformationPage.gql.js at
 *   fba895e8df7acf3c5c5bb3469ff50d754381b6ef: SET_CUSTOMER_INFORMATION, GET_CUSTOMER_INFORMATION
 *   and, from the same file at 26bb5249c0b39ec83ec72cfad585ab7f139e6281 (the version stored of it
 *   with that mutation), CHANGE_CUSTOMER_PASSWORD. The fragment it
 *   imports, accountInformationPageFragment.gql.js, is as Venia's published build carries it (the
 *   source file at that commit was not available to copy).
 *
 * PWA Studio is OSL-3.0 / AFL-3.0 licensed (see NOTICE.md).
 */
export const CREATE_ACCOUNT = gql`
    mutation CreateAccount(
        $email: String!
        $firstname: String!
        $lastname: String!
        $password: String!
        $is_subscribed: Boolean!
    ) {
        createCustomer(
            input: {
                email: $email
                firstname: $firstname
                lastname: $lastname
                password: $password
                is_subscribed: $is_subscribed
            }
        ) {
            # The createCustomer mutation returns a non-nullable CustomerOutput type
            # which requires that at least one of the sub fields be returned.

            # eslint-disable-next-line @graphql-eslint/require-id-when-available
            customer {
                email
            }
        }
    }
`

export const GET_CUSTOMER = gql`
    query GetCustomerAfterCreate {
        # eslint-disable-next-line @graphql-eslint/require-id-when-available
        customer {
            email
            firstname
            lastname
            is_subscribed
        }
    }
`

export const SIGN_IN = gql`
    mutation SignInAfterCreate($email: String!, $password: String!) {
        generateCustomerToken(email: $email, password: $password) {
            token
        }
    }
`

export const REQUEST_PASSWORD_RESET_EMAIL_MUTATION = gql`
    mutation requestPasswordResetEmail($email: String!) {
        requestPasswordResetEmail(email: $email)
    }
`

export const AccountInformationPageFragment = gql`
    fragment AccountInformationPageFragment on Customer {
        id
        firstname
        lastname
        email
    }
`

export const SET_CUSTOMER_INFORMATION = gql`
    mutation SetCustomerInformation($customerInput: CustomerInput!) {
        updateCustomer(input: $customerInput)
            @connection(key: "updateCustomer") {
            customer {
                id
                ...AccountInformationPageFragment
            }
        }
    }
    ${AccountInformationPageFragment}
`

export const GET_CUSTOMER_INFORMATION = gql`
    query GetCustomerInformation {
        customer {
            id
            ...AccountInformationPageFragment
        }
    }
    ${AccountInformationPageFragment}
`

export const CHANGE_CUSTOMER_PASSWORD = gql`
    mutation ChangeCustomerPassword(
        $currentPassword: String!
        $newPassword: String!
    ) {
        changeCustomerPassword(
            currentPassword: $currentPassword
            newPassword: $newPassword
        ) {
            id
            email
        }
    }
`
