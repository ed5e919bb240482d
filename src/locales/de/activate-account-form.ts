import type { ActivateAccountFormMessages } from '../../components/activate-account-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `ActivateAccountForm` in German (formal "Sie"). */
export const activateAccountFormMessages: ActivateAccountFormMessages = {
  ...newPasswordMessages,
  validation: 'Bitte prüfen Sie die markierten Felder.',
  title: 'Konto aktivieren',
  emailLabel: 'E-Mail-Adresse',
  newPasswordLabel: 'Passwort wählen',
  confirmPasswordLabel: 'Passwort wiederholen',
  showPassword: 'Passwörter anzeigen',
  submit: 'Konto aktivieren',
  pending: 'Ihr Konto wird aktiviert…',
  success: 'Ihr Konto ist aktiv und Sie sind angemeldet.',
  emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  emailInvalid: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  newPasswordRequired: 'Bitte wählen Sie ein Passwort.',
  confirmRequired: 'Bitte wiederholen Sie das Passwort.',
  confirmMismatch: 'Die beiden Passwörter stimmen nicht überein.',
  newPasswordRejected: 'Dieses Passwort wurde nicht akzeptiert.',
  linkMissing: 'Bitte öffnen Sie diese Seite über den Link in Ihrer Einladungs-E-Mail.',
  linkExpired:
    'Dieser Aktivierungslink ist abgelaufen oder wurde bereits verwendet. Ist Ihr Konto schon aktiv, melden Sie sich an; andernfalls fordern Sie einen neuen Link an.',
  linkOrPasswordRefused:
    'Der Shop hat diesen Link oder dieses Passwort nicht akzeptiert. Bitte fordern Sie einen neuen Link an.',
  requestNewLink: 'Neuen Link senden',
  throttled: 'Zu viele Versuche. Bitte versuchen Sie es später erneut.',
  network:
    'Der Shop ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  server:
    'Ihr Konto kann gerade nicht aktiviert werden. Bitte versuchen Sie es gleich noch einmal.',
  configuration:
    'Die Kontoaktivierung ist in diesem Shop derzeit nicht verfügbar. Bitte wenden Sie sich an den Shop.',
  unsupported:
    'Dieser Shop aktiviert Konten nicht per Link. Bitte melden Sie sich an oder setzen Sie Ihr Passwort zurück.',
  unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
}
