/**
 * A pack named in a query or a body must be loaded: otherwise a 400 on `pack` that lists, in both
 * languages, the packs there are — before any verb runs, so no verb has to word that answer.
 */
import { text } from '../screening/i18n.js';
import type { PackRegistry } from '../screening/pack-registry.js';
import { validationFailed } from './problem.js';

export function assertKnownPack(packs: PackRegistry, id: string | undefined): void {
  if (id === undefined || packs.versionsOf(id).length > 0) return;
  const ids = packs.packIds().join(', ');
  throw validationFailed([
    {
      path: 'pack',
      rule: 'unknown_pack',
      message: text(
        `Không có bộ tiêu chí "${id}". Các bộ hiện có: ${ids}.`,
        `No rule pack "${id}". Available packs: ${ids}.`,
      ),
    },
  ]);
}
