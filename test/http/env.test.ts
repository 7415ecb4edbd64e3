/** The environment is parsed once, with defaults, and a bad value is named. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/env.js';

describe('readEnv', () => {
  it('defaults to port 3000 on every interface, the repository rules folder, info logs, the embedded database in ./data and 30 public writes a minute without a trusted proxy', () => {
    expect(readEnv({})).toEqual({
      ok: true,
      env: {
        PORT: 3000,
        HOST: '0.0.0.0',
        RULES_DIR: join(import.meta.dirname, '..', '..', 'rules'),
        LOG_LEVEL: 'info',
        DATA_DIR: join(import.meta.dirname, '..', '..', 'data'),
        RATE_LIMIT_PER_MINUTE: 30,
        TRUST_PROXY: false,
        SEED_STATISTICS: true,
        CORS_ORIGINS: [],
        PACK_POLL_SECONDS: 5,
      },
    });
  });

  it('reads the values given, and an empty variable as unset', () => {
    const result = readEnv({
      PORT: '8080',
      HOST: '127.0.0.1',
      RULES_DIR: '/srv/rules',
      DEFAULT_PACK: 'p',
      LOG_LEVEL: '',
      DATABASE_URL: 'postgres://fdi:secret@db.internal:5432/fdi',
      DATA_DIR: '/var/lib/fdi',
      RATE_LIMIT_PER_MINUTE: '5',
      TRUST_PROXY: 'true',
      PACK_POLL_SECONDS: '0',
    });
    expect(result).toMatchObject({
      ok: true,
      env: {
        PORT: 8080,
        HOST: '127.0.0.1',
        RULES_DIR: '/srv/rules',
        DEFAULT_PACK: 'p',
        LOG_LEVEL: 'info',
        DATABASE_URL: 'postgres://fdi:secret@db.internal:5432/fdi',
        DATA_DIR: '/var/lib/fdi',
        RATE_LIMIT_PER_MINUTE: 5,
        TRUST_PROXY: true,
        PACK_POLL_SECONDS: 0,
      },
    });
  });

  it('names every invalid variable', () => {
    const result = readEnv({ PORT: 'eighty', LOG_LEVEL: 'chatty' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.split(':')[0])).toEqual(['PORT', 'LOG_LEVEL']);
  });

  it('refuses a port out of range', () => {
    expect(readEnv({ PORT: '70000' }).ok).toBe(false);
  });

  it('refuses a database URL that is not PostgreSQL, a rate limit below 1 and a TRUST_PROXY other than true or false', () => {
    const result = readEnv({
      DATABASE_URL: 'mysql://db.internal/fdi',
      RATE_LIMIT_PER_MINUTE: '0',
      TRUST_PROXY: 'yes',
      PACK_POLL_SECONDS: '1.5',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.split(':')[0])).toEqual([
      'DATABASE_URL',
      'RATE_LIMIT_PER_MINUTE',
      'TRUST_PROXY',
      'PACK_POLL_SECONDS',
    ]);
  });
});
