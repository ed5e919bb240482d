import type { RegisterFormMessages } from '../../components/register-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `RegisterForm` in Spanish (neutral, "usted"). */
export const registerFormMessages: RegisterFormMessages = {
  ...newPasswordMessages,
  firstNameLabel: 'Nombre',
  lastNameLabel: 'Apellido',
  emailLabel: 'Correo electrónico',
  acceptsMarketingLabel: 'Deseo recibir novedades y ofertas por correo electrónico',
  submit: 'Crear cuenta',
  pending: 'Creando su cuenta…',
  signIn: '¿Ya tiene una cuenta? Inicie sesión',
  firstNameRequired: 'Ingrese su nombre.',
  lastNameRequired: 'Ingrese su apellido.',
  nameRejected: 'No se aceptó este nombre. Use solo letras.',
  emailRequired: 'Ingrese su correo electrónico.',
  emailInvalid: 'Ingrese un correo electrónico como nombre@example.com.',
  emailTaken: 'Ya existe una cuenta con este correo electrónico. Inicie sesión.',
  throttled: 'Demasiados intentos. Vuelva a intentarlo más tarde.',
  unsupported: 'La creación de cuentas no está disponible en esta tienda.',
  network: 'No se pudo conectar con la tienda. Revise su conexión y vuelva a intentarlo.',
  server: 'La tienda no puede crear su cuenta en este momento. Vuelva a intentarlo en un momento.',
  configuration:
    'La creación de cuentas no está disponible en esta tienda por ahora. Comuníquese con la tienda.',
  validation: 'Revise los campos marcados.',
  unknown: 'Algo salió mal. Vuelva a intentarlo.',
  signedIn: 'Su cuenta está lista. Ya inició sesión.',
  checkEmail:
    'Su cuenta se creó. Abra el enlace del correo que le enviamos para terminar y luego inicie sesión.',
}
