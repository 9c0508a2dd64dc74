import { describe, expect, test } from 'vitest';
import { OPTIONS_STRINGS } from '../../../lib/i18n/strings/options';
import { POPUP_STRINGS } from '../../../lib/i18n/strings/popup';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['popup', POPUP_STRINGS],
  ['options', OPTIONS_STRINGS],
] as const)('%s strings', (_, table) => {
  const keys = Object.keys(table.en) as (keyof typeof table.en)[];

  test.each(keys)('%s is translated with the same placeholders', (key) => {
    const en = table.en[key];
    const es = table.es[key];
    expect(en.trim()).not.toBe('');
    expect(es.trim()).not.toBe('');
    expect(placeholders(es)).toEqual(placeholders(en));
  });
});
