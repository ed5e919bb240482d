/**
 * Test support: awaits a call that must fail and returns its error, checked to be a `type`, so a
 * test asserts on the typed fields (code, status, field errors) rather than on English text. Any
 * other error is rethrown as it is, so the test fails showing what really went wrong.
 */
export async function rejectionOf<E extends Error>(
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  try {
    await call
  } catch (error) {
    if (error instanceof type) return error
    throw error
  }
  throw new Error(`expected the call to fail with ${type.name}`)
}
