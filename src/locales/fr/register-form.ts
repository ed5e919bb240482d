import type { RegisterFormMessages } from '../../components/register-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `RegisterForm` in French ("vous"). */
export const registerFormMessages: RegisterFormMessages = {
  ...newPasswordMessages,
  firstNameLabel: 'Prénom',
  lastNameLabel: 'Nom',
  emailLabel: 'Adresse e-mail',
  acceptsMarketingLabel: 'Recevoir les nouveautés et les offres par e-mail',
  submit: 'Créer un compte',
  pending: 'Création de votre compte…',
  signIn: 'Vous avez déjà un compte ? Connectez-vous',
  firstNameRequired: 'Saisissez votre prénom.',
  lastNameRequired: 'Saisissez votre nom.',
  nameRejected: "Ce nom n'a pas été accepté. Utilisez uniquement des lettres.",
  emailRequired: 'Saisissez votre adresse e-mail.',
  emailInvalid: 'Saisissez une adresse e-mail comme nom@example.com.',
  emailTaken: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.',
  throttled: 'Trop de tentatives. Veuillez réessayer plus tard.',
  unsupported: "La création de compte n'est pas disponible sur cette boutique.",
  network: 'Impossible de joindre la boutique. Vérifiez votre connexion et réessayez.',
  server:
    'La boutique ne peut pas créer votre compte pour le moment. Veuillez réessayer dans un instant.',
  configuration:
    "La création de compte n'est pas disponible sur cette boutique pour le moment. Veuillez contacter la boutique.",
  validation: 'Vérifiez les champs signalés.',
  unknown: "Une erreur s'est produite. Veuillez réessayer.",
  signedIn: 'Votre compte est prêt. Vous êtes connecté.',
  checkEmail:
    "Votre compte est créé. Ouvrez le lien de l'e-mail que nous vous avons envoyé pour terminer, puis connectez-vous.",
}
