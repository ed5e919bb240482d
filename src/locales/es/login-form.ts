import type { LoginFormMessages } from '../../components/login-form-messages.js'

/** `LoginForm` in Spanish (neutral, "usted"). */
export const loginFormMessages: LoginFormMessages = {
  emailLabel: 'Correo electrónico',
  passwordLabel: 'Contraseña',
  showPassword: 'Mostrar contraseña',
  submit: 'Iniciar sesión',
  pending: 'Iniciando sesión…',
  forgotPassword: '¿Olvidó su contraseña?',
  emailRequired: 'Ingrese su correo electrónico.',
  emailInvalid: 'Ingrese un correo electrónico como nombre@example.com.',
  passwordRequired: 'Ingrese su contraseña.',
  passwordRejected: 'No se aceptó esta contraseña.',
  invalidCredentials: 'El correo electrónico o la contraseña no son correctos.',
  throttled: 'Demasiados intentos de inicio de sesión. Vuelva a intentarlo más tarde.',
  accountNotConfirmed:
    'Esta cuenta aún no está confirmada. Abra el enlace del correo de confirmación y luego inicie sesión.',
  network: 'No se pudo conectar con la tienda. Revise su conexión y vuelva a intentarlo.',
  server:
    'La tienda no puede iniciar su sesión en este momento. Vuelva a intentarlo en un momento.',
  configuration:
    'El inicio de sesión no está disponible en esta tienda por ahora. Comuníquese con la tienda.',
  validation: 'Revise los campos marcados.',
  unknown: 'Algo salió mal. Vuelva a intentarlo.',
  resendConfirmation: 'Reenviar el correo de confirmación',
  resendPending: 'Enviando un nuevo correo de confirmación…',
  resendSent:
    'Le hemos enviado un nuevo correo de confirmación. Abra el enlace que contiene y luego inicie sesión.',
  resendFailed: 'No se pudo enviar el correo de confirmación. Vuelva a intentarlo más tarde.',
}
