/**
 * Addresses whose account step (sign-up, Adobe reset) may have gone through while the sign-in
 * after it did not, per backend. Only then is a refusal of the shopper's retry (email taken,
 * reset token spent) possibly their own earlier call, worth a sign-in with the same credentials:
 * any other refused sign-up or reset must not send a sign-in (it would count towards the
 * account's failed sign-in limit, or lock it). Only the address is kept, never the password;
 * an entry is used once.
 */
export interface HalfDoneSteps {
  /** Remembers that `email`'s account step may be done without a session. */
  mark(email: string): void
  /** Whether `email` was marked; unmarks it. */
  take(email: string): boolean
}

const perBackend = new WeakMap<object, Set<string>>()

/** The marks of one backend, keyed by the object its flows receive (stable per backend). */
export function halfDoneSteps(backend: object): HalfDoneSteps {
  let emails = perBackend.get(backend)
  if (!emails) perBackend.set(backend, (emails = new Set()))
  const marks = emails
  const key = (email: string): string => email.trim().toLowerCase()
  return {
    mark: (email) => void marks.add(key(email)),
    take: (email) => marks.delete(key(email)),
  }
}
