/** Site lists and host permissions change together; the prompt comes before anything is saved. */
import { describe, expect, test, vi } from 'vitest';
import {
  addAlways,
  addNever,
  grantAlways,
  removeAlways,
  toggleAllSites,
  type SitesContext,
} from '../../../components/options/site-permissions';
import { ALL_SITES_ORIGINS, originsForSite } from '../../../lib/settings/sites';
import { defaultSettings, type Settings } from '../../../lib/settings/model';

function context(granted: boolean, sites: Partial<Settings['sites']> = {}) {
  const log: string[] = [];
  const ctx: SitesContext = {
    services: {
      requestOrigins: vi.fn(async (origins: string[]) => {
        log.push(`request ${origins.join(' ')}`);
        return granted;
      }),
      removeOrigins: vi.fn(async (origins: string[]) => {
        log.push(`remove ${origins.join(' ')}`);
        return true;
      }),
    },
    save: vi.fn(async (patch) => {
      log.push(`save ${JSON.stringify(patch)}`);
    }),
    sites: { ...defaultSettings().sites, ...sites },
  };
  return { ctx, log };
}

const origins = (site: string) => originsForSite(site).join(' ');

describe('addAlways', () => {
  test('asks for the site first, then moves it from "never" to "always"', async () => {
    const { ctx, log } = context(true, { always: ['a.com'], never: ['b.com'] });
    const pending = addAlways(ctx, 'b.com');
    // The prompt starts in the click: synchronously, before any await.
    expect(ctx.services.requestOrigins).toHaveBeenCalledWith(originsForSite('b.com'));
    expect(await pending).toBe(true);
    expect(log).toEqual([`request ${origins('b.com')}`, 'save {"sites":{"always":["a.com","b.com"],"never":[]}}']);
  });

  test('saves nothing when the reader refuses', async () => {
    const { ctx, log } = context(false);
    expect(await addAlways(ctx, 'b.com')).toBe(false);
    expect(log).toEqual([`request ${origins('b.com')}`]);
  });
});

test('grantAlways only asks again', async () => {
  const { ctx, log } = context(true, { always: ['a.com'] });
  expect(await grantAlways(ctx, 'a.com')).toBe(true);
  expect(log).toEqual([`request ${origins('a.com')}`]);
});

test('removeAlways saves, then gives the access back', async () => {
  const { ctx, log } = context(true, { always: ['a.com', 'b.com'] });
  await removeAlways(ctx, 'a.com');
  expect(log).toEqual(['save {"sites":{"always":["b.com"]}}', `remove ${origins('a.com')}`]);
});

describe('addNever', () => {
  test('takes an "always" site off that list and gives its access back', async () => {
    const { ctx, log } = context(true, { always: ['a.com'], never: ['c.com'] });
    expect(await addNever(ctx, 'a.com')).toBe(true);
    expect(log).toEqual(['save {"sites":{"never":["c.com","a.com"],"always":[]}}', `remove ${origins('a.com')}`]);
  });

  test('asks for nothing and removes nothing for another site', async () => {
    const { ctx, log } = context(true);
    await addNever(ctx, 'a.com');
    expect(log).toEqual(['save {"sites":{"never":["a.com"],"always":[]}}']);
    expect(ctx.services.requestOrigins).not.toHaveBeenCalled();
  });
});

describe('toggleAllSites', () => {
  test('on: asks first, saves when granted', async () => {
    const { ctx, log } = context(true);
    expect(await toggleAllSites(ctx, true)).toBe(true);
    expect(log).toEqual([`request ${ALL_SITES_ORIGINS.join(' ')}`, 'save {"sites":{"allSites":true}}']);
  });

  test('on, refused: nothing saved', async () => {
    const { ctx, log } = context(false);
    expect(await toggleAllSites(ctx, true)).toBe(false);
    expect(log).toEqual([`request ${ALL_SITES_ORIGINS.join(' ')}`]);
  });

  test('off: saves, then gives the access back', async () => {
    const { ctx, log } = context(true, { allSites: true });
    expect(await toggleAllSites(ctx, false)).toBe(true);
    expect(log).toEqual(['save {"sites":{"allSites":false}}', `remove ${ALL_SITES_ORIGINS.join(' ')}`]);
  });
});
