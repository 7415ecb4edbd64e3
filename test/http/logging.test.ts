/**
 * The logs: one JSON object a line (pino), every line written during a request tagged with that
 * request's id (the same id its problem+json names), and no secret or personal datum in any line —
 * tokens, receipts, cookies, investors' names, emails, phone numbers. LOG_LEVEL keeps working.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { readEnv } from '../../src/env.js';
import { redact, scrubText } from '../../src/http/log-redaction.js';
import { jsonLogger, type Logger } from '../../src/http/logger.js';
import { proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { repoPacks } from '../support/packs.js';
import { databaseApp, json } from './database-app.js';
import { NOW } from './test-app.js';

type Line = Record<string, unknown> & { level: string; message: string; requestId?: string };

function capture(level: Parameters<typeof jsonLogger>[0] = 'info') {
  const raw: string[] = [];
  const logger = jsonLogger(level, (line) => raw.push(line));
  const lines = () => raw.map((r) => JSON.parse(r) as Line);
  return { raw, logger, lines };
}

/** A bare app (no database) with extra routes that log, as any handler may. */
async function appWith(logger: Logger) {
  const { registry } = await repoPacks();
  const app = createApp({ packs: registry, clock: () => NOW, logger });
  app.get('/test/logs-twice', async (c) => {
    logger.info('first step', { step: 1 });
    // Another request may run in between; each line must still carry its own request's id.
    await new Promise((resolve) => setTimeout(resolve, 5));
    logger.warn('second step', { step: 2 });
    return c.text('ok');
  });
  app.get('/test/logs-secrets', (c) => {
    logger.warn('looked at a request', {
      headers: {
        authorization: 'Bearer fdi_SECRETofficerTOKEN123456',
        cookie: 'officer=fdi_SECRETcookieTOKEN1234567',
      },
      receiptToken: 'rcp_SECRETreceipt1234567890',
      url: '/api/v1/applications/1?receipt=SECRET-RECEIPT-QUERY',
      investor: { name: 'Nguyễn Thị Bí Mật', email: 'bimat@example.vn' },
      contactPhone: '0912 345 678',
      note: 'call me on +84 912 345 678 or write to bimat@example.vn',
      databaseUrl: 'postgres://app:SECRETpassword@db.internal:5432/fdi',
    });
    return c.text('ok');
  });
  app.get('/test/throws', () => {
    throw new Error(
      'query failed for Bearer fdi_SECRETthrownTOKEN123456 (investor bimat@example.vn)',
    );
  });
  return app;
}

const SECRETS = [
  'SECRET',
  'fdi_SECRET',
  'rcp_SECRET',
  'Nguyễn Thị Bí Mật',
  'bimat@example.vn',
  '0912 345 678',
  '912 345 678',
];

describe('log lines', () => {
  it('are JSON objects with time, level and message, and carry the id of the request that wrote them', async () => {
    const { logger, lines } = capture();
    const app = await appWith(logger);
    const [a, b] = await Promise.all([
      app.request('/test/logs-twice', { headers: { 'X-Request-Id': 'req-a' } }),
      app.request('/test/logs-twice', { headers: { 'X-Request-Id': 'req-b' } }),
    ]);
    expect(a.headers.get('x-request-id')).toBe('req-a');
    expect(b.headers.get('x-request-id')).toBe('req-b');
    const all = lines();
    expect(all).toHaveLength(6);
    for (const id of ['req-a', 'req-b']) {
      const mine = all.filter((l) => l.requestId === id);
      expect(mine.map((l) => l.message)).toEqual(['first step', 'second step', 'request']);
      expect(mine.map((l) => l.level)).toEqual(['info', 'warn', 'info']);
    }
    for (const line of all) {
      expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it('of an unexpected error carry the id its 500 problem names, and the error without secrets', async () => {
    const { raw, logger, lines } = capture();
    const app = await appWith(logger);
    const res = await app.request('/test/throws');
    expect(res.status).toBe(500);
    const problem = await json<{ requestId: string }>(res);
    expect(problem.requestId).toMatch(/\S/);
    const all = lines();
    expect(all.map((l) => l.message)).toEqual(['unhandled error', 'request']);
    for (const line of all) expect(line.requestId).toBe(problem.requestId);
    const error = all[0]?.error as Record<string, unknown>;
    expect(error).toMatchObject({
      type: 'Error',
      message: expect.stringContaining('query failed'),
    });
    expect(error.stack).toEqual(expect.stringContaining('logging.test.ts'));
    for (const secret of SECRETS) expect(raw.join('\n')).not.toContain(secret);
  });

  it('never hold a header, token, receipt, password, name, email or phone number a handler logs', async () => {
    const { raw, logger, lines } = capture();
    const app = await appWith(logger);
    expect((await app.request('/test/logs-secrets')).status).toBe(200);
    const text = raw.join('\n');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const [line] = lines();
    // Redacted, not dropped: the reader sees that there was a value.
    expect(line).toMatchObject({
      headers: { authorization: '[redacted]', cookie: '[redacted]' },
      receiptToken: '[redacted]',
      url: '/api/v1/applications/1?receipt=[redacted]',
      investor: '[redacted]',
      contactPhone: '[redacted]',
      note: '[redacted]',
      databaseUrl: 'postgres://app:[redacted]@db.internal:5432/fdi',
    });
  });
});

describe('LOG_LEVEL', () => {
  it('silent writes nothing, warn drops info, debug and info write info', async () => {
    for (const [level, expected] of [
      ['silent', []],
      ['error', ['e']],
      ['warn', ['w', 'e']],
      ['info', ['i', 'w', 'e']],
      ['debug', ['i', 'w', 'e']],
    ] as const) {
      const { logger, lines } = capture(level);
      logger.info('i');
      logger.warn('w');
      logger.error('e');
      expect(
        lines().map((l) => l.message),
        level,
      ).toEqual(expected);
    }
  });

  it('is read from the environment: silent accepted, an unknown level refused', () => {
    const silent = readEnv({ LOG_LEVEL: 'silent' });
    expect(silent.ok && silent.env.LOG_LEVEL).toBe('silent');
    const unset = readEnv({});
    expect(unset.ok && unset.env.LOG_LEVEL).toBe('info');
    const bad = readEnv({ LOG_LEVEL: 'verbose' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toContain('LOG_LEVEL');
  });
});

describe('redaction', () => {
  it('scrubs secrets and personal data out of free text', () => {
    expect(scrubText('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer [redacted]');
    expect(scrubText('token fdi_abcdefghijklmnopqrstu and receipt rcp_ABCDEFGHIJKL_-xyz')).toBe(
      'token fdi_[redacted] and receipt rcp_[redacted]',
    );
    expect(scrubText('/x?lang=en&receipt=abc&token=def#top')).toBe(
      '/x?lang=en&receipt=[redacted]&token=[redacted]#top',
    );
    expect(scrubText('mail an.nguyen@example.com.vn')).toBe('mail [redacted email]');
    expect(scrubText('call +84 (28) 3822 1234')).toBe('call [redacted phone]');
    expect(scrubText('postgresql://u:p%40ss@h/db')).toBe('postgresql://u:[redacted]@h/db');
    // What operators need stays: dates, durations, paths, ids.
    const plain =
      'GET /api/v1/applications/0b6e6b9e-1f7c-4a8e-9f55-7f3e0f1a2b3c 2025-06-02 12.5 ms';
    expect(scrubText(plain)).toBe(plain);
  });

  it('keeps only the type, message, code, constraint, stack and cause of an error', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint: 'applications_idempotency_key',
      detail: 'Key (investor_name)=(Nguyễn Thị Bí Mật) already exists.',
      parameters: ['Nguyễn Thị Bí Mật'],
    });
    const out = redact({ error: new Error('outer', { cause: driverError }) }) as {
      error: { cause: Record<string, unknown> };
    };
    expect(out.error.cause).toMatchObject({
      type: 'Error',
      code: '23505',
      constraint: 'applications_idempotency_key',
    });
    expect(JSON.stringify(out)).not.toContain('Bí Mật');
  });

  it('bounds the depth it walks, so a cyclic or deep value cannot stop logging', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => JSON.stringify(redact(cyclic))).not.toThrow();
  });
});

describeEachDatabase('logs of an application’s life', (open) => {
  it('name no token, receipt, investor or note, and tag every line with its request id', async () => {
    const { raw, logger, lines } = capture();
    const api = await databaseApp(await open(), { logger });
    const officer = await api.token('officer');
    const body = await proposal();
    const investorName = (body.investor as { name: string }).name;
    const submitted = await api.call('POST', '/api/v1/applications', {
      body,
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(submitted.status).toBe(201);
    const { id, receiptToken } = await json<{ id: string; receiptToken: string }>(submitted);
    const ids = [submitted.headers.get('x-request-id')];
    const calls: [string, string, Parameters<typeof api.call>[2]][] = [
      ['GET', `/api/v1/applications/${id}?receipt=${receiptToken}`, {}],
      ['GET', `/api/v1/applications/${id}`, { token: officer }],
      ['GET', '/api/v1/applications', { token: `${officer}x` }],
      ['GET', `/api/v1/applications/${id}?receipt=${receiptToken}x`, {}],
      [
        'POST',
        `/api/v1/applications/${id}/withdrawal?receipt=${receiptToken}`,
        { body: { note: 'Withdrawn: call 0912 345 678, bimat@example.vn' } },
      ],
      ['POST', '/api/v1/screenings', { body: { ...body, capital: 'lots' } }],
    ];
    for (const [method, path, options] of calls) {
      const res = await api.call(method, path, options);
      const requestId = res.headers.get('x-request-id');
      ids.push(requestId);
      if (res.headers.get('content-type') === 'application/problem+json') {
        expect((await json(res)).requestId, path).toBe(requestId);
      }
    }
    const all = lines();
    expect(all.filter((l) => l.message === 'request').map((l) => l.requestId)).toEqual(ids);
    for (const line of all) expect(ids).toContain(line.requestId);
    const text = raw.join('\n');
    for (const secret of [officer, receiptToken, 'receipt=', investorName, '345 678', 'bimat@']) {
      expect(text).not.toContain(secret);
    }
  });
});
