/**
 * Addresses whose account step (sign-up, Adobe reset) may have gone through while the sign-in
 * after it did not, per backend and flow. Only then is a refusal of the shopper's retry (email taken,
 * reset token spent) possibly their own earlier call, worth a sign-in with the same credentials:
 * any other refused sign-up or reset must not send a sign-in (it would count towards the
 * account's failed sign-in limit, or lock it). Only the address is kept, never the password;
 * an entry is used once.
 */
export interface HalfDoneSteps {
  /** Remembers that `email`'s account step may be done without a session. */
  mark(email: string): void
  /** Whether `email` was marked; unmarks it (also once the step is complete). */
  take(email: string): boolean
}

const perBackend = new WeakMap<object, Map<string, Set<string>>>()

/**
 * The marks of one flow (`'register'`, `'reset'`) of one backend, keyed by the object its flows
 * receive (stable per backend): one flow's mark never pays for a sign-in in another.
 */
export function halfDoneSteps(backend: object, flow: string): HalfDoneSteps {
  let flows = perBackend.get(backend)
  if (!flows) perBackend.set(backend, (flows = new Map()))
  let marks = flows.get(flow)
  if (!marks) flows.set(flow, (marks = new Set()))
  const emails = marks
  const key = (email: string): string => email.trim().toLowerCase()
  return {
    mark: (email) => void emails.add(key(email)),
    take: (email) => emails.delete(key(email)),
  }
}
