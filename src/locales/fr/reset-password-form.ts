import type { ResetPasswordFormMessages } from '../../components/reset-password-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `ResetPasswordForm` in French ("vous"). */
export const resetPasswordFormMessages: ResetPasswordFormMessages = {
  ...newPasswordMessages,
  validation: 'Vérifiez les champs signalés.',
  title: 'Choisissez un nouveau mot de passe',
  emailLabel: 'Adresse e-mail',
  newPasswordLabel: 'Nouveau mot de passe',
  confirmPasswordLabel: 'Confirmez le nouveau mot de passe',
  showPassword: 'Afficher les mots de passe',
  submit: 'Enregistrer le mot de passe',
  pending: 'Enregistrement de votre mot de passe…',
  success: 'Votre nouveau mot de passe est enregistré et vous êtes connecté.',
  emailRequired: 'Saisissez votre adresse e-mail.',
  emailInvalid: 'Saisissez une adresse e-mail comme nom@example.com.',
  newPasswordRequired: 'Saisissez un nouveau mot de passe.',
  confirmRequired: 'Saisissez le nouveau mot de passe une seconde fois.',
  confirmMismatch: 'Les deux mots de passe ne sont pas identiques.',
  newPasswordRejected: "Ce mot de passe n'a pas été accepté.",
  linkMissing: "Ouvrez cette page depuis le lien de l'e-mail de réinitialisation du mot de passe.",
  linkExpired: 'Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.',
  linkOrPasswordRefused:
    "La boutique n'a pas accepté ce lien ou ce mot de passe. Le lien a peut-être expiré : demandez-en un nouveau.",
  requestNewLink: 'Recevoir un nouveau lien',
  throttled: 'Trop de tentatives. Veuillez réessayer plus tard.',
  network: 'Impossible de joindre la boutique. Vérifiez votre connexion et réessayez.',
  server:
    'La boutique ne peut pas enregistrer votre mot de passe pour le moment. Veuillez réessayer dans un instant.',
  configuration:
    "La réinitialisation du mot de passe n'est pas disponible sur cette boutique pour le moment. Veuillez contacter la boutique.",
  unsupported: 'Cette boutique ne peut pas réinitialiser un mot de passe avec ce lien.',
  unknown: "Une erreur s'est produite. Veuillez réessayer.",
}
