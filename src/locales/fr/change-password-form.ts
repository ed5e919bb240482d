import type { ChangePasswordFormMessages } from '../../components/change-password-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `ChangePasswordForm` in French ("vous"). */
export const changePasswordFormMessages: ChangePasswordFormMessages = {
  ...newPasswordMessages,
  title: 'Modifiez votre mot de passe',
  currentPasswordLabel: 'Mot de passe actuel',
  newPasswordLabel: 'Nouveau mot de passe',
  showPassword: 'Afficher les mots de passe',
  submit: 'Modifier le mot de passe',
  pending: 'Modification de votre mot de passe…',
  success: 'Votre mot de passe a été modifié.',
  currentPasswordRequired: 'Saisissez votre mot de passe actuel.',
  currentPasswordIncorrect: 'Le mot de passe actuel est incorrect.',
  newPasswordRequired: 'Choisissez un nouveau mot de passe.',
  signedOut: 'Connectez-vous pour modifier votre mot de passe.',
  signIn: 'Se connecter',
  sessionEnded: "Vous n'êtes plus connecté. Reconnectez-vous, puis modifiez votre mot de passe.",
  throttled: 'Trop de tentatives. Veuillez réessayer plus tard.',
  unsupported: 'Cette boutique ne permet pas de modifier votre mot de passe ici.',
  network: 'Impossible de joindre la boutique. Vérifiez votre connexion et réessayez.',
  server:
    'La boutique ne peut pas modifier votre mot de passe pour le moment. Veuillez réessayer dans un instant.',
  configuration:
    "La modification du mot de passe n'est pas disponible sur cette boutique pour le moment. Veuillez contacter la boutique.",
  validation: 'Vérifiez les champs signalés.',
  unknown: "Une erreur s'est produite. Veuillez réessayer.",
}
