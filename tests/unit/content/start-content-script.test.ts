import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContentScript } from '../../../lib/content/start-content-script';
import { loadCompiledPack } from '../../../lib/dataset/node-pack';

const pack = loadCompiledPack();

function load(file: string): void {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/demo', file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

describe('startContentScript', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => {
    ctx?.abort();
    (globalThis as { __backstoryRunning?: boolean }).__backstoryRunning = false;
  });

  test('a page off the story costs no storage read and no message to the background', async () => {
    load('unrelated-harbor-festival.html');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    ctx = new ContentScriptContext('content');
    const result = await startContentScript({ ctx, pack, document, window, uiLanguage: () => 'en' });
    expect(result).toBeNull();
    expect(get).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  test('a page that passes the cheap check asks the background whether to run here', async () => {
    load('noem-cecot-visit.html');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue('never' as never);
    ctx = new ContentScriptContext('content');
    const result = await startContentScript({ ctx, pack, document, window, uiLanguage: () => 'en' });
    expect(get).toHaveBeenCalled();
    expect(send).toHaveBeenCalled();
    // The background said "never": nothing runs.
    expect(result).toBeNull();
  });
});
