import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { startPageController } from '../../../lib/content/page-controller';
import { loadCompiledPack } from '../../../lib/dataset/node-pack';

const pack = loadCompiledPack();
const demo = (file: string) => readFileSync(join(import.meta.dirname, '../../fixtures/demo', file), 'utf8');

/** Load a demo page into the test's global document (happy-dom). */
function load(file: string): void {
  const parsed = new DOMParser().parseFromString(demo(file), 'text/html');
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.documentElement.lang = parsed.documentElement.lang;
}

function start(extra: Partial<Parameters<typeof startPageController>[0]> = {}) {
  const onReport = vi.fn();
  const controller = new AbortController();
  const page = startPageController({ document, window, pack, signal: controller.signal, onReport, ...extra });
  return { page, onReport, controller };
}

describe('page controller', () => {
  test('an article about the story is reported with its highlights', () => {
    load('noem-cecot-visit.html');
    const { page, onReport, controller } = start({ force: true });
    expect(page.tabReport?.report.topic.onTopic).toBe(true);
    expect(page.tabReport!.highlightCount).toBeGreaterThan(5);
    expect(onReport).toHaveBeenLastCalledWith(page.tabReport);
    controller.abort();
  });

  test('an unrelated article stays silent: no report, no message', () => {
    load('unrelated-harbor-festival.html');
    const { page, onReport, controller } = start();
    expect(page.tabReport).toBeNull();
    expect(onReport).not.toHaveBeenCalled();
    controller.abort();
  });

  test('a page that breaks the DOM API (clobbering) makes it stand down, never throw', () => {
    load('noem-cecot-visit.html');
    const spy = vi.spyOn(document, 'querySelectorAll').mockImplementation(() => {
      throw new TypeError('document.querySelectorAll is not a function');
    });
    try {
      const { page, controller } = start({ force: true });
      expect(page.tabReport).toBeNull();
      expect(() => page.refresh()).not.toThrow();
      controller.abort();
    } finally {
      spy.mockRestore();
    }
  });
});
