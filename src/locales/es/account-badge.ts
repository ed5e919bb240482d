import type { AccountBadgeMessages } from '../../components/account-badge-messages.js'

/** `AccountBadge` in Spanish (neutral, "usted"). */
export const accountBadgeMessages: AccountBadgeMessages = {
  signIn: 'Iniciar sesión',
  sessionExpired: 'La sesión expiró: inicie sesión de nuevo',
  signedOut: 'Se cerró la sesión.',
  loading: 'Cargando su cuenta…',
  account: 'Mi cuenta',
  signOut: 'Cerrar sesión',
  unknownCustomer: 'Cuenta',
}
