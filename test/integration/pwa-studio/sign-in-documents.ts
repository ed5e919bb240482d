import { gql } from '@apollo/client'

/**
 * PWA Studio's sign-in documents, copied unchanged (text and operation names) from
 * github:magento/pwa-studio. Each file's stored version is recorded beside it; the fragment's
 * commit differs from signIn.gql.js's because that is the version of it the source index holds.
 */
export const pwaStudioSources = {
  signIn: {
    repo: 'magento/pwa-studio',
    commit: '9d66269119b266ab37681c013c3612726efedd9b',
    path: 'packages/peregrine/lib/talons/SignIn/signIn.gql.js',
  },
  checkoutPageFragment: {
    repo: 'magento/pwa-studio',
    commit: 'ca7b3ce7ec611f220358a9852c50fb0d459c613a',
    path: 'packages/peregrine/lib/talons/CheckoutPage/checkoutPageFragments.gql.js',
  },
  storeSwitcher: {
    repo: 'magento/pwa-studio',
    commit: '07aa8c04a42ed938fb55f5dc19fd74a56c5c68d8',
    path: 'packages/peregrine/lib/talons/Header/storeSwitcher.gql.js',
  },
  useSignIn: {
    repo: 'magento/pwa-studio',
    commit: 'b44a8c33553d72310b7d0dd7cd3299e84af3a326',
    path: 'packages/peregrine/lib/talons/SignIn/useSignIn.js',
  },
} as const

// checkoutPageFragments.gql.js
export const CheckoutPageFragment = gql`
    fragment CheckoutPageFragment on Cart {
        id
        items {
            id
            product {
                id
                stock_status
            }
        }
        # If total quantity is falsy we render empty.
        total_quantity
        available_payment_methods {
            code
        }
    }
`

// storeSwitcher.gql.js: the store configuration every Venia page asks for.
export const GET_STORE_CONFIG_DATA = gql`
    query getStoreConfigData {
        # eslint-disable-next-line @graphql-eslint/require-id-when-available
        storeConfig {
            store_code
            code
            store_name
            store_group_name
        }
    }
`

// signIn.gql.js
export const GET_CUSTOMER = gql`
    query GetCustomerAfterSignIn {
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
    mutation SignIn($email: String!, $password: String!) {
        generateCustomerToken(email: $email, password: $password) {
            token
        }
    }
`

export const CREATE_CART = gql`
    mutation CreateCartAfterSignIn {
        cartId: createEmptyCart
    }
`

export const MERGE_CARTS = gql`
    mutation MergeCartsAfterSignIn(
        $sourceCartId: String!
        $destinationCartId: String!
    ) {
        mergeCarts(
            source_cart_id: $sourceCartId
            destination_cart_id: $destinationCartId
        ) {
            id
            # eslint-disable-next-line @graphql-eslint/require-id-when-available
            items {
                uid
            }
            ...CheckoutPageFragment
        }
    }
    ${CheckoutPageFragment}
`
