import type { AccountBadgeMessages } from '../../components/account-badge-messages.js'

/** `AccountBadge` in French ("vous"). */
export const accountBadgeMessages: AccountBadgeMessages = {
  signIn: 'Se connecter',
  sessionExpired: 'Session expirée — reconnectez-vous',
  signedOut: 'Vous êtes déconnecté.',
  loading: 'Chargement de votre compte…',
  account: 'Mon compte',
  signOut: 'Se déconnecter',
  unknownCustomer: 'Compte',
}
