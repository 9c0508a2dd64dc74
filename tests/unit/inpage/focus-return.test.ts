/** Where focus goes back to when a card or the panel closes: remembered once, handed out once, restored after render. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FocusReturn } from '../../../lib/inpage/focus-return';
import { Timers } from '../../../lib/inpage/timers';

let host: HTMLElement;
let shadow: ShadowRoot;
let inside: HTMLButtonElement;
let outside: HTMLButtonElement;
let focus: FocusReturn;

beforeEach(() => {
  vi.useFakeTimers();
  outside = document.createElement('button');
  host = document.createElement('div');
  document.body.append(outside, host);
  shadow = host.attachShadow({ mode: 'open' });
  inside = document.createElement('button');
  shadow.append(inside);
  focus = new FocusReturn({ document, host, shadow, timers: new Timers(window) });
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the active element', () => {
  test('looks inside our shadow root', () => {
    inside.focus();
    expect(focus.active()).toBe(inside);
  });

  test('is the page element that has focus', () => {
    outside.focus();
    expect(focus.active()).toBe(outside);
  });

  test('is none when focus is on the body', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    expect(focus.active()).toBeNull();
  });
});

describe('a card’s way back', () => {
  test('is handed out once', () => {
    focus.setCard(outside, 'row-1');
    expect(focus.takeCard()).toEqual({ element: outside, panelKey: 'row-1' });
    expect(focus.takeCard()).toEqual({ element: null, panelKey: null });
  });

  test('a later card replaces it, with no panel row unless given', () => {
    focus.setCard(outside, 'row-1');
    focus.setCard(inside);
    expect(focus.takeCard()).toEqual({ element: inside, panelKey: null });
  });
});

describe('the panel’s way back', () => {
  test('is what had focus when the panel opened, handed out once', () => {
    outside.focus();
    focus.notePanel();
    inside.focus();
    expect(focus.takePanel()).toBe(outside);
    expect(focus.takePanel()).toBeNull();
  });
});

describe('restoring focus', () => {
  test('waits for the view to render', () => {
    inside.focus();
    focus.restore(outside);
    expect(document.activeElement).toBe(host);
    vi.runAllTimers();
    expect(document.activeElement).toBe(outside);
  });

  test('skips an element that has left the page', () => {
    inside.focus();
    focus.restore(outside);
    outside.remove();
    vi.runAllTimers();
    expect(document.activeElement).toBe(host);
  });

  test('does nothing without an element', () => {
    focus.restore(null);
    expect(vi.getTimerCount()).toBe(0);
  });
});
