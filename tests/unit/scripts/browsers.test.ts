import { afterEach, describe, expect, test } from 'vitest';
import { findBrowser } from '../../../scripts/browser/browsers';

describe('findBrowser', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test.each([
    ['chromium', 'CHROME_PATH', /apt-get install -y chromium/],
    ['firefox', 'FIREFOX_PATH', /apt-get install -y firefox-esr/],
  ] as const)('a missing %s fails with how to install it', (name, env, hint) => {
    process.env[env] = '/nonexistent/browser-binary';
    expect(() => findBrowser(name)).toThrow(hint);
  });

  test('an existing path in the environment is used as given', () => {
    process.env.CHROME_PATH = process.execPath;
    expect(findBrowser('chromium')).toBe(process.execPath);
  });
});
