export const mainHelp = `Usage: storefront-auth <command> [options]

Commands:
  emulator                      Run the local Shopify + Adobe Commerce API emulator
  storefront-token create|list|delete
                                Manage Shopify storefront access tokens (Admin API)
  multipass                     Print a Shopify Multipass token for a customer

Run "storefront-auth <command> --help" for a command's options.
Secrets are read from environment variables, never from the command line.
`

export const emulatorHelp = `Usage: storefront-auth emulator [--port 4000] [--host 127.0.0.1] [--seed customers.json]

Starts the local emulator of the Shopify Storefront and Admin APIs and the Adobe Commerce
GraphQL API, prints the endpoints, the tokens to use and a customer to sign in with, and runs
until Ctrl+C (SIGINT) or SIGTERM. Its clock follows real time: tokens expire when they say.

Options:
  --port <n>        Port to listen on (default 4000; 0 picks a free one)
  --host <host>     Interface to bind (default 127.0.0.1: this machine only)
  --seed <file>     JSON array of customers (or { "customers": [...] }) instead of the samples:
                    { "email", "password", "firstName", "lastName", "phone" (E.164),
                      "acceptsMarketing", "state": "enabled"|"disabled"|"invited",
                      "confirmed", "allowRemoteShoppingAssistance" }
  -h, --help        Show this help
`

export const storefrontTokenHelp = `Usage:
  storefront-auth storefront-token create --title <title> [--reuse] [--json]
  storefront-auth storefront-token list [--json]
  storefront-auth storefront-token delete --id <gid://shopify/StorefrontAccessToken/...>

Creates, lists and deletes the storefront access tokens your app holds on a shop (at most 100
active). "create" prints the token on stdout; with --reuse it prints the existing token with that
title instead of creating another.

Environment:
  SHOPIFY_ADMIN_ACCESS_TOKEN   Admin API access token of your app (required)
  SHOPIFY_SHOP                 my-shop.myshopify.com (or --shop)
  SHOPIFY_API_VERSION          Admin API version, default 2026-04 (or --api-version)

Options:
  --shop <domain>          The shop's myshopify.com domain
  --endpoint <url>         An Admin GraphQL URL instead of a shop, e.g. the emulator's
                           http://127.0.0.1:4000 (the /admin/api/<version>/graphql.json path is added)
  --api-version <version>  Admin API version
  --title <title>          Title of the token to create
  --reuse                  Return an existing token with the same title if there is one
  --id <id>                Id of the token to delete (from "list")
  --json                   Print JSON instead of text
  -h, --help               Show this help
`

export const multipassHelp = `Usage: storefront-auth multipass --email <email> [options]

Prints a Shopify Multipass token (valid 15 minutes, single use) for the customer.

Environment:
  SHOPIFY_MULTIPASS_SECRET   The shop's Multipass secret (required)
  SHOPIFY_SHOP               The storefront domain, for --url (or --shop)

Options:
  --email <email>        Customer email (required)
  --first-name <name>
  --last-name <name>
  --tag-string <tags>    Comma-separated tags (they replace the customer's tags)
  --identifier <id>      Your system's unique id for the customer
  --remote-ip <ip>       Only accept the token from this IP
  --return-to <url>      Where Shopify sends the customer after sign-in
  --url                  Print https://<shop>/account/login/multipass/<token> instead
  --shop <domain>        The storefront domain for --url
  -h, --help             Show this help
`
