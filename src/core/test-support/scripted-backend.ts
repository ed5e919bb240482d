import type { Client } from '@urql/core'
import type { BackendContext, CustomerAuthBackend, LoginCredentials } from '../backend.js'
import type { Customer } from '../customer.js'
import type { IssuedToken } from '../session.js'

/** A test double of our own backend interface: counts calls, issues tokens, scriptable per call. */
export interface ScriptedBackend extends CustomerAuthBackend {
  readonly calls: {
    login: LoginCredentials[]
    renew: string[]
    logout: string[]
    fetchCustomer: string[]
  }
  /** Replace to script the next answers; defaults issue fresh tokens. */
  script: {
    login: (credentials: LoginCredentials, ctx: BackendContext) => Promise<IssuedToken>
    renew: (accessToken: string, ctx: BackendContext) => Promise<IssuedToken>
    logout: (accessToken: string) => Promise<void>
    fetchCustomer: (accessToken: string) => Promise<Customer | null>
  }
  /** Issues a token the way the API would: now, valid for `lifetimeMs`. */
  issue(prefix?: string): IssuedToken
}

export interface Deferred<T> {
  readonly promise: Promise<T>
  resolve(value: T): void
  reject(error: unknown): void
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

export const sampleCustomer: Customer = {
  id: 'gid://shopify/Customer/1',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  displayName: 'Ada Lovelace',
  phone: null,
  acceptsMarketing: false,
  raw: {},
}

export function createScriptedBackend(options: {
  id?: string
  renew?: boolean
  lifetimeMs: number
  now?: () => number
}): ScriptedBackend {
  const now = options.now ?? (() => Date.now())
  let counter = 0
  const issue = (prefix = 'token'): IssuedToken => {
    counter += 1
    const issuedAt = now()
    return {
      accessToken: `${prefix}-${counter}`,
      issuedAt,
      expiresAt: issuedAt + options.lifetimeMs,
    }
  }
  const calls: ScriptedBackend['calls'] = { login: [], renew: [], logout: [], fetchCustomer: [] }
  const backend: ScriptedBackend = {
    id: options.id ?? 'scripted:test-shop',
    capabilities: {
      renew: options.renew ?? true,
      multipass: false,
      register: false,
      recoverPassword: false,
      resetPassword: false,
      activateAccount: false,
      updateCustomer: false,
      changePassword: false,
      confirmEmail: false,
    },
    // The engine only hands the client through to the backend; an inert object is enough here.
    createClient: () => ({ url: 'http://localhost/graphql' }) as unknown as Client,
    calls,
    issue,
    script: {
      login: async () => issue('login'),
      renew: async () => issue('renewed'),
      logout: async () => {},
      fetchCustomer: async () => sampleCustomer,
    },
    login(credentials, ctx) {
      calls.login.push(credentials)
      return backend.script.login(credentials, ctx)
    },
    logout(accessToken) {
      calls.logout.push(accessToken)
      return backend.script.logout(accessToken)
    },
    fetchCustomer(accessToken) {
      calls.fetchCustomer.push(accessToken)
      return backend.script.fetchCustomer(accessToken)
    },
  }
  if (options.renew ?? true) {
    backend.renew = (accessToken, ctx) => {
      calls.renew.push(accessToken)
      return backend.script.renew(accessToken, ctx)
    }
  }
  return backend
}
