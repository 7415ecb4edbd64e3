/**
 * Builds the app the way the process does — from the real rules folder, with a fixed clock — and
 * gives each test a fresh sample proposal to change.
 */
import { join } from 'node:path';
import { createApp } from '../../src/app.js';
import { jsonLogger, type Logger } from '../../src/http/logger.js';
import { loadRulesDir } from '../../src/screening/load-packs.js';
import { compileVersion, PackRegistry } from '../../src/screening/pack-registry.js';
import type { Proposal } from '../../src/screening/proposal-schema.js';

export const PACK_ID = 'binh-duong-7099';

/** 20:00 UTC on 1 June 2025 is already 2 June in Ho Chi Minh City (UTC+7). */
export const NOW = new Date('2025-06-01T20:00:00Z');
export const TODAY_IN_PACK_ZONE = '2025-06-02';

export async function buildTestApp(logger: Logger = jsonLogger('silent')) {
  const built = await loadRulesDir(join(import.meta.dirname, '..', '..', 'rules'));
  const packs = new PackRegistry(
    built.map((p) => compileVersion(p.content, p.hash)),
    PACK_ID,
  );
  const app = createApp({ packs, clock: () => NOW, logger });
  return { app, packs };
}

/** The README sample: a complete, valid proposal (fictional), dated so that a pack is in force. */
export function sampleProposal(): Proposal {
  return {
    submittedOn: '2025-03-14',
    project: { name: 'Nhà máy linh kiện mẫu (hư cấu)', form: 'new', sectorCodes: ['2610'] },
    investor: {
      name: 'Example Components Co., Ltd. (fictional)',
      country: 'KR',
      multinational: true,
      globalRank: null,
    },
    capital: { totalUsd: 100_000_000, foreignSharePct: 100 },
    site: { area: 'tan-uyen', industrialPark: 'vsip-2a', landHa: 12.5, relocationFromSouth: false },
    workforce: { total: 800, trainedPct: 60, universityPct: 15, rdStaffPct: 2 },
    technology: {
      highTechCertificate: false,
      priorityHighTech: true,
      highTechRevenuePct: 50,
      rdSpendPct: 0.8,
      rdCentre: false,
      smartFactory: true,
      transferList: 'ordinary',
      usedEquipmentMaxAgeYears: null,
    },
    transfer: { knowledge: true, technology: false, management: false, localSupplierCount: 5 },
    trade: { localisationPct: 25, exportPct: 60, ftaOriginCompliant: true },
    environment: {
      riskGroup: 'II',
      pollutingProduction: false,
      importsScrap: false,
      renewableEnergyPct: 10,
      circularEconomy: true,
      singleUsePlasticFree: false,
    },
  };
}

type App = Awaited<ReturnType<typeof buildTestApp>>['app'];

export function postRaw(app: App, body: RequestInit['body'], headers: Record<string, string> = {}) {
  return app.request('/api/v1/screenings', { method: 'POST', headers, body });
}

export function postJson(app: App, body: unknown, headers: Record<string, string> = {}) {
  return postRaw(app, JSON.stringify(body), { 'Content-Type': 'application/json', ...headers });
}
