import type { OutboxMail } from '../../src/testing/index.js'

/** The demo shop's own address, where Adobe Commerce's mails link (Magento builds the links). */
const adobeShopOrigin = 'https://adobe-shop.example'

/** Which page of the demo a mail's link opens. */
export type MailPage = 'reset-password' | 'activate' | 'confirm-email'

/** The subject line the shop would have used. */
export function mailSubject(mail: OutboxMail): string {
  if (mail.kind === 'activate')
    return mail.api === 'shopify' ? 'Activate your account' : 'Confirm your email'
  return 'Reset your password'
}

/** The demo page the mail's link opens. */
export function mailPage(mail: OutboxMail): MailPage {
  if (mail.kind === 'activate') return mail.api === 'shopify' ? 'activate' : 'confirm-email'
  return 'reset-password'
}

/**
 * The link as the mail shows it: Shopify's own URL (what `customerResetByUrl` and
 * `customerActivateByUrl` take); for Adobe Commerce, Magento's storefront routes:
 * `customer/account/createPassword/?token=…` (the form then asks for the email) and
 * `customer/account/confirm/?email=…&key=…` (what `useConfirmEmail` takes).
 */
export function mailLink(mail: OutboxMail): string {
  if (mail.url) return mail.url
  const url = new URL(
    mail.kind === 'activate' ? '/customer/account/confirm/' : '/customer/account/createPassword/',
    adobeShopOrigin,
  )
  if (mail.kind === 'activate') {
    url.searchParams.set('email', mail.to)
    url.searchParams.set('key', mail.token)
  } else url.searchParams.set('token', mail.token)
  return url.href
}

/** Whether a route path is one a mail's link opens. */
export function isMailPage(path: string): path is MailPage {
  return path === 'reset-password' || path === 'activate' || path === 'confirm-email'
}
