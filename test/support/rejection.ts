import { ServiceError } from '../../src/service-errors.js';

/** The ServiceError a verb refused with; any other outcome fails the test. */
export async function rejection(p: Promise<unknown>): Promise<ServiceError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(e)}`);
  return e;
}
