/**
 * Reads one application with its latest screening: for an officer, or for the investor who holds
 * its receipt token (and for no one else — a wrong receipt looks exactly like a missing application).
 */

import type { ScreeningResult } from '../screening/screening-result.js';
import { notFound } from '../service-errors.js';
import type { ApplicationView } from './application-view.js';
import { viewOf } from './application-view.js';
import type { ServiceContext } from './context.js';
import { latestScreening, loadApplication } from './load-application.js';
import { secretMatches } from './receipts.js';

export type GetInput = { id: string; receipt?: string };

export async function getApplication(
  ctx: ServiceContext,
  input: GetInput,
): Promise<ApplicationView> {
  const row = await loadApplication(ctx.db, input.id).catch(() => undefined);
  const officer = ctx.actor.role === 'officer' || ctx.actor.role === 'admin';
  const holder =
    !!row && input.receipt !== undefined && secretMatches(input.receipt, row.receiptHash);
  if (!row || !(officer || holder)) {
    throw notFound({
      vi: `Không có hồ sơ ${input.id} với biên nhận này.`,
      en: `No application ${input.id} for this receipt.`,
    });
  }
  const screening = await latestScreening(ctx.db, row.id);
  return viewOf(row, JSON.parse(screening.resultJson) as ScreeningResult);
}
