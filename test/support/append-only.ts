/** Asserts that a statement was refused by an append-only trigger (drizzle wraps the database error). */
import { expect } from 'vitest';

export async function expectAppendOnlyRefusal(query: Promise<unknown>): Promise<void> {
  const error = await query.then(
    () => undefined,
    (e: unknown) => e as Error & { cause?: Error },
  );
  // The trigger's message is in the cause.
  expect(`${error?.message} ${error?.cause?.message}`).toMatch(/append-only/);
}
