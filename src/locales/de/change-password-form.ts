import type { ChangePasswordFormMessages } from '../../components/change-password-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `ChangePasswordForm` in German (formal "Sie"). */
export const changePasswordFormMessages: ChangePasswordFormMessages = {
  ...newPasswordMessages,
  title: 'Passwort ändern',
  currentPasswordLabel: 'Aktuelles Passwort',
  newPasswordLabel: 'Neues Passwort',
  showPassword: 'Passwörter anzeigen',
  submit: 'Passwort ändern',
  pending: 'Ihr Passwort wird geändert…',
  success: 'Ihr Passwort wurde geändert.',
  currentPasswordRequired: 'Bitte geben Sie Ihr aktuelles Passwort ein.',
  currentPasswordIncorrect: 'Das aktuelle Passwort ist falsch.',
  newPasswordRequired: 'Bitte wählen Sie ein neues Passwort.',
  signedOut: 'Bitte melden Sie sich an, um Ihr Passwort zu ändern.',
  signIn: 'Anmelden',
  sessionEnded:
    'Sie sind nicht mehr angemeldet. Bitte melden Sie sich erneut an und ändern Sie dann Ihr Passwort.',
  throttled: 'Zu viele Versuche. Bitte versuchen Sie es später erneut.',
  unsupported: 'In diesem Shop können Sie Ihr Passwort hier nicht ändern.',
  network:
    'Der Shop ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  server:
    'Ihr Passwort kann gerade nicht geändert werden. Bitte versuchen Sie es gleich noch einmal.',
  configuration:
    'Das Ändern des Passworts ist in diesem Shop derzeit nicht verfügbar. Bitte wenden Sie sich an den Shop.',
  validation: 'Bitte prüfen Sie die markierten Felder.',
  unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
}
