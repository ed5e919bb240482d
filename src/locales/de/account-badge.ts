import type { AccountBadgeMessages } from '../../components/account-badge-messages.js'

/** `AccountBadge` in German (formal "Sie"). */
export const accountBadgeMessages: AccountBadgeMessages = {
  signIn: 'Anmelden',
  sessionExpired: 'Sitzung abgelaufen – bitte erneut anmelden',
  signedOut: 'Sie sind abgemeldet.',
  loading: 'Ihr Konto wird geladen…',
  account: 'Mein Konto',
  signOut: 'Abmelden',
  unknownCustomer: 'Konto',
}
