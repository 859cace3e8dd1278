import { ConfigError, loadConfig, settingsTable } from '@vigil/server';
import { describe, expect, test } from 'vitest';

describe('config', () => {
  test('defaults: port 8080, ./data, SQLite', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.databaseUrl).toBe('');
  });

  test('every setting has a VIGIL_* variable', () => {
    for (const setting of Object.values(settingsTable)) expect(setting.env).toMatch(/^VIGIL_[A-Z0-9_]+$/);
  });

  test('a bad value names its variable', () => {
    expect(() => loadConfig({ VIGIL_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ VIGIL_PORT: 'eighty' })).toThrow(/VIGIL_PORT/);
    expect(() => loadConfig({ VIGIL_DATABASE_URL: 'mysql://x' })).toThrow(/VIGIL_DATABASE_URL/);
  });
});
