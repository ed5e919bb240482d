import type { ActivateAccountInput, ResetPasswordInput } from '../core/backend.js'

/**
 * What a password-reset or activation mail's link carries, as far as it is known: the mail's URL
 * itself (Shopify's `customerResetByUrl` / `customerActivateByUrl` take it), the customer id and
 * token (Shopify's `customerReset` / `customerActivate`), or the email and token (Adobe
 * Commerce's `resetPassword`). Every field is a secret but `email`: keep it out of logs.
 */
export interface AccountLink {
  /** The link as the shop mailed it, e.g. `https://shop.example/account/reset/123/abc`. */
  readonly url?: string
  /** Shopify: the customer's number or `gid://shopify/Customer/…`. */
  readonly customerId?: string
  /** The reset or activation token. */
  readonly token?: string
  /** Adobe Commerce: the customer's email, when the link carries it. */
  readonly email?: string
}

/** Which mail the link is from. */
export type AccountLinkKind = 'reset' | 'activate'

/** The query parameters a link's token may come in (Shopify themes, Magento, PWA Studio). */
const tokenParameters: Record<AccountLinkKind, readonly string[]> = {
  reset: ['token', 'resetToken', 'reset_token'],
  activate: ['token', 'activationToken', 'activation_token'],
}
const customerIdParameters = ['id', 'customerId', 'customer_id']

/** The link's fields that carry something (an empty parameter or prop is as good as none). */
const withoutEmpty = (link: AccountLink): AccountLink =>
  Object.fromEntries(Object.entries(link).filter(([, value]) => Boolean(value)))

/**
 * Reads a mail's link from the page's address: Shopify's own path
 * (`/account/reset/{id}/{token}`, `/account/activate/{id}/{token}`, as its mails link and
 * Hydrogen's routes take them) or query parameters (`?id=…&token=…`, Magento's
 * `createPassword/?token=…`, with `&email=…` where the storefront adds it). Pure: pass the
 * address (`window.location.href`). An address that is not a URL, or carries none of it, gives `{}`.
 */
export function readAccountLink(kind: AccountLinkKind, href: string | undefined): AccountLink {
  let url: URL
  try {
    if (href === undefined) return {}
    url = new URL(href)
  } catch {
    return {}
  }
  const path = new RegExp(`/account/${kind}/(\\d+)/([^/]+)/?$`).exec(url.pathname)
  if (path?.[1] && path[2]) return { customerId: path[1], token: decodeURIComponent(path[2]) }
  const first = (names: readonly string[]) =>
    names.map((name) => url.searchParams.get(name) ?? undefined).find(Boolean)
  return withoutEmpty({
    customerId: first(customerIdParameters),
    token: first(tokenParameters[kind]),
    email: first(['email']),
  })
}

/**
 * The page's address with the link's secrets taken out: Shopify's `/{id}/{token}` path segments
 * and every query parameter `readAccountLink` reads a token or customer id from. `null` when the
 * address carries none of them (or is not a URL): nothing to clean. Pure, like `readAccountLink`;
 * the link forms call it once they have read the link, so the token leaves the address bar,
 * the history entry and the `Referer` of later requests.
 */
export function addressWithoutLink(kind: AccountLinkKind, href: string | undefined): string | null {
  let url: URL
  try {
    if (href === undefined) return null
    url = new URL(href)
  } catch {
    return null
  }
  const secretParameters = [...tokenParameters[kind], ...customerIdParameters]
  const path = new RegExp(`(/account/${kind})/\\d+/[^/]+/?$`)
  const hadSecrets =
    path.test(url.pathname) || secretParameters.some((name) => url.searchParams.has(name))
  if (!hadSecrets) return null
  url.pathname = url.pathname.replace(path, '$1')
  for (const name of secretParameters) url.searchParams.delete(name)
  return url.href
}

/** The link given as props wins over the page's address, field by field. */
export function combineLinks(fromProps: AccountLink, fromPage: AccountLink): AccountLink {
  const given = withoutEmpty(fromProps)
  // A URL or customer id from the props stands for the whole link: never mixed with the page's.
  return given.url || given.customerId ? given : { ...fromPage, ...given }
}

/** Which API the link is for: Shopify resets by URL or id, Adobe Commerce by email. */
export type AccountLinkApi = 'shopify' | 'adobe-commerce'

/** The API a backend talks to, from its documented id (`shopify:…`, `adobe-commerce:…`). */
export function accountLinkApi(backendId: string): AccountLinkApi {
  return backendId.startsWith('adobe-commerce:') ? 'adobe-commerce' : 'shopify'
}

/** Whether the form must ask for the email: Adobe Commerce resets by email, and the link lacks it. */
export function needsEmail(link: AccountLink, api: AccountLinkApi): boolean {
  return api === 'adobe-commerce' && !link.email
}

/** Whether the link carries enough to reset or activate with (the email aside). */
export function isUsableLink(link: AccountLink, api: AccountLinkApi): boolean {
  if (api === 'adobe-commerce') return Boolean(link.token)
  return Boolean(link.url || (link.customerId && link.token))
}

/** `useResetPassword`'s input for the link, the new password and (Adobe) the email typed in. */
export function toResetInput(
  link: AccountLink,
  api: AccountLinkApi,
  password: string,
  typedEmail = '',
): ResetPasswordInput {
  if (api === 'adobe-commerce')
    return { email: link.email ?? typedEmail, resetToken: link.token ?? '', password }
  if (link.url) return { resetUrl: link.url, password }
  return { customerId: link.customerId ?? '', resetToken: link.token ?? '', password }
}

/** `useActivateAccount`'s input for the link and the first password (Shopify only). */
export function toActivateInput(link: AccountLink, password: string): ActivateAccountInput {
  if (link.url) return { activationUrl: link.url, password }
  return { customerId: link.customerId ?? '', activationToken: link.token ?? '', password }
}
