import type { ActivateAccountFormMessages } from '../../components/activate-account-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `ActivateAccountForm` in Spanish (neutral, "usted"). */
export const activateAccountFormMessages: ActivateAccountFormMessages = {
  ...newPasswordMessages,
  validation: 'Revise los campos marcados.',
  title: 'Active su cuenta',
  emailLabel: 'Correo electrónico',
  newPasswordLabel: 'Elija una contraseña',
  confirmPasswordLabel: 'Repita la contraseña',
  showPassword: 'Mostrar contraseñas',
  submit: 'Activar cuenta',
  pending: 'Activando su cuenta…',
  success: 'Su cuenta está activa y ya inició sesión.',
  emailRequired: 'Ingrese su correo electrónico.',
  emailInvalid: 'Ingrese un correo electrónico como nombre@example.com.',
  newPasswordRequired: 'Elija una contraseña.',
  confirmRequired: 'Repita la contraseña.',
  confirmMismatch: 'Las dos contraseñas no coinciden.',
  newPasswordRejected: 'No se aceptó esta contraseña.',
  linkMissing: 'Abra esta página desde el enlace del correo de invitación a su cuenta.',
  linkExpired:
    'Este enlace de activación venció o ya se usó. Si su cuenta ya está activa, inicie sesión; si no, solicite un enlace nuevo.',
  linkOrPasswordRefused:
    'La tienda no aceptó este enlace o esta contraseña. Solicite un enlace nuevo.',
  requestNewLink: 'Enviarme un enlace nuevo',
  throttled: 'Demasiados intentos. Vuelva a intentarlo más tarde.',
  network: 'No se pudo conectar con la tienda. Revise su conexión y vuelva a intentarlo.',
  server:
    'La tienda no puede activar su cuenta en este momento. Vuelva a intentarlo en un momento.',
  configuration:
    'La activación de cuentas no está disponible en esta tienda por ahora. Comuníquese con la tienda.',
  unsupported:
    'Esta tienda no activa cuentas mediante enlace. Inicie sesión o restablezca su contraseña.',
  unknown: 'Algo salió mal. Vuelva a intentarlo.',
}
