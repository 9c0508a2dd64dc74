// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { forgetOwnHost, isInOwnHost, isOwnHost, ownHostsIn, registerOwnHost } from '../../../lib/dom/own-ui';

describe('our UI hosts, known by identity across bundles', () => {
  test('a host that another bundle of this world registers is ours here too, and forgotten alike', () => {
    const host = document.createElement('span');
    const inside = document.createElement('b');
    host.append(inside);
    document.body.append(host);
    expect(isOwnHost(host)).toBe(false);
    // The UI bundle has its own copy of this module: it meets the same set through the world's global.
    const shared = (globalThis as { __backstoryHosts?: Set<Element> }).__backstoryHosts;
    expect(shared).toBeInstanceOf(Set);
    shared!.add(host);
    expect(isOwnHost(host)).toBe(true);
    expect(isInOwnHost(inside)).toBe(true);
    expect(ownHostsIn(document)).toEqual([host]);
    shared!.delete(host);
    expect(isOwnHost(host)).toBe(false);
    registerOwnHost(host);
    expect(shared!.has(host)).toBe(true);
    forgetOwnHost(host);
    expect(shared!.has(host)).toBe(false);
    host.remove();
  });
});
