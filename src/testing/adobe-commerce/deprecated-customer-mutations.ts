import { adobeError, adobeMessages as messages } from './adobe-commerce-errors.js'
import { isValidEmail } from './password-rules.js'

type Args = Record<string, unknown>

/** What the deprecated mutations need of the Adobe Commerce API they sit in. */
export interface DeprecatedCustomerMutationsDeps<Customer extends { email: string }, Context> {
  createCustomerV2(args: Args): Promise<unknown>
  updateCustomerV2(args: Args, context: Context): unknown
  requireCustomer(context: Context): Customer
  findCustomer(email: string): Customer | undefined
  passwordMatches(customer: Customer, password: string): Promise<boolean>
  changeEmail(customer: Customer, email: string): void
}

/** CheckCustomerPassword rethrows AccountManagement::authenticate's message. */
const invalidLogin = 'Invalid login or password.'
/** UpdateCustomerAccount::updateCustomer. */
const passwordToChangeEmail = 'Provide the current "password" to change "email".'

/**
 * `createCustomer` and `updateCustomer`, deprecated in Magento 2.4 for the V2 mutations but still
 * sent by older storefronts (PWA Studio's create-account and account-information pages). In
 * Magento both pairs share one resolver class (`CustomerGraphQl/etc/schema.graphqls`:
 * `createCustomer` and `createCustomerV2` resolve with `Resolver\CreateCustomer`, both updates with
 * `Resolver\UpdateCustomer`), so these delegate to the V2 mutations. What differs is the input:
 * `CustomerInput` has every field optional, so a missing name is the resolver's "Required
 * parameters are missing" rather than a schema error; and it carries `email` and `password`,
 * which `updateCustomer` uses to change the email (`Model/Customer/UpdateCustomerAccount.php`:
 * the current password is required and checked first; the password itself is never changed).
 */
export function createDeprecatedCustomerMutations<Customer extends { email: string }, Context>(
  deps: DeprecatedCustomerMutationsDeps<Customer, Context>,
) {
  return {
    createCustomer(args: Args) {
      const input = args['input']
      if (typeof input !== 'object' || input === null) return deps.createCustomerV2(args)
      // The V2 rules flag a required field only when it is sent blank; here it may be left out.
      const required = { firstname: '', lastname: '', email: '' }
      return deps.createCustomerV2({ ...args, input: { ...required, ...input } })
    },

    async updateCustomer(args: Args, context: Context) {
      const customer = deps.requireCustomer(context)
      const input = (args['input'] ?? null) as Args | null
      const email = input?.['email']
      const password = input?.['password']
      if (typeof email === 'string' && email !== customer.email) {
        if (typeof password !== 'string' || password === '')
          throw adobeError(passwordToChangeEmail, 'graphql-input')
        if (!(await deps.passwordMatches(customer, password)))
          throw adobeError(invalidLogin, 'graphql-authentication')
        if (!isValidEmail(email)) throw adobeError(messages.notAValidEmail(email), 'graphql-input')
        const other = deps.findCustomer(email)
        if (other && other !== customer)
          throw adobeError(messages.emailExists, 'graphql-already-exists')
        deps.changeEmail(customer, email)
      }
      // The V2 rules apply the profile fields and leave `email` and `password` alone.
      return deps.updateCustomerV2(args, context)
    },
  }
}
