import type { ActivateAccountFormMessages } from '../../components/activate-account-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `ActivateAccountForm` in French ("vous"). */
export const activateAccountFormMessages: ActivateAccountFormMessages = {
  ...newPasswordMessages,
  validation: 'Vérifiez les champs signalés.',
  title: 'Activez votre compte',
  emailLabel: 'Adresse e-mail',
  newPasswordLabel: 'Choisissez un mot de passe',
  confirmPasswordLabel: 'Confirmez le mot de passe',
  showPassword: 'Afficher les mots de passe',
  submit: 'Activer le compte',
  pending: 'Activation de votre compte…',
  success: 'Votre compte est actif et vous êtes connecté.',
  emailRequired: 'Saisissez votre adresse e-mail.',
  emailInvalid: 'Saisissez une adresse e-mail comme nom@example.com.',
  newPasswordRequired: 'Choisissez un mot de passe.',
  confirmRequired: 'Saisissez le mot de passe une seconde fois.',
  confirmMismatch: 'Les deux mots de passe ne sont pas identiques.',
  newPasswordRejected: "Ce mot de passe n'a pas été accepté.",
  linkMissing: "Ouvrez cette page depuis le lien de l'e-mail d'invitation à créer votre compte.",
  linkExpired:
    "Ce lien d'activation a expiré ou a déjà été utilisé. Si votre compte est actif, connectez-vous ; sinon, demandez un nouveau lien.",
  linkOrPasswordRefused:
    "La boutique n'a pas accepté ce lien ou ce mot de passe. Demandez un nouveau lien.",
  requestNewLink: 'Recevoir un nouveau lien',
  throttled: 'Trop de tentatives. Veuillez réessayer plus tard.',
  network: 'Impossible de joindre la boutique. Vérifiez votre connexion et réessayez.',
  server:
    'La boutique ne peut pas activer votre compte pour le moment. Veuillez réessayer dans un instant.',
  configuration:
    "L'activation de compte n'est pas disponible sur cette boutique pour le moment. Veuillez contacter la boutique.",
  unsupported:
    "Cette boutique n'active pas les comptes par lien. Connectez-vous ou réinitialisez votre mot de passe.",
  unknown: "Une erreur s'est produite. Veuillez réessayer.",
}
