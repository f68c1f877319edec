import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to SQLite under ./data on port 3000, admin routes closed', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      type: 'sqlite',
      path: resolve('/srv/app', 'data/lederloeft.sqlite'),
    });
    expect(config.adminApiToken).toBeNull();
    expect(config.seedOnEmpty).toBe(true);
  });

  it('selects PostgreSQL from DATABASE_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/ll',
    });
    expect(config.database).toEqual({
      type: 'postgres',
      url: 'postgres://u:p@127.0.0.1:5432/ll',
    });
  });

  it('refuses a DATABASE_URL it cannot use', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
  });

  it('reads "false" as false, and rejects words it does not know', () => {
    expect(loadConfig({ SEED_ON_EMPTY: 'false' }).seedOnEmpty).toBe(false);
    expect(() => loadConfig({ SEED_ON_EMPTY: 'maybe' })).toThrow(/SEED_ON_EMPTY/);
  });

  it('rejects a bad port and a short admin token', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ ADMIN_API_TOKEN: 'short' })).toThrow(/16 characters/);
  });

  it('keeps the smallest coverage group at 5 unless set, and never below 3', () => {
    expect(loadConfig({}).coverageMinGroupSize).toBe(5);
    expect(loadConfig({ COVERAGE_MIN_GROUP_SIZE: '3' }).coverageMinGroupSize).toBe(3);
    expect(() => loadConfig({ COVERAGE_MIN_GROUP_SIZE: '2' })).toThrow(/at least 3/);
    expect(() => loadConfig({ COVERAGE_MIN_GROUP_SIZE: 'five' })).toThrow(
      /COVERAGE_MIN_GROUP_SIZE/,
    );
  });

  it('believes no proxy unless told: true, a hop count or addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.kommune.dk' })).toThrow(/TRUST_PROXY/);
  });
});
