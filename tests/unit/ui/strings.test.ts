import { expect, test } from 'vitest';
import { inPageStrings } from '../../../lib/i18n/strings/inpage';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(inPageStrings.en) as (keyof typeof inPageStrings.en)[];

test('English and Spanish have the same keys', () => {
  expect(Object.keys(inPageStrings.es).sort()).toEqual([...keys].sort());
});

test.each(keys)('%s is translated with the same placeholders', (key) => {
  const en = inPageStrings.en[key];
  const es = inPageStrings.es[key];
  expect(en.trim()).not.toBe('');
  expect(es.trim()).not.toBe('');
  expect(placeholders(es)).toEqual(placeholders(en));
});

test.each(['true', 'false', 'lie', 'fake', 'debunked', 'mentira', 'falso', 'verdadero'])(
  'no verdict word "%s" in any status label',
  (word) => {
    for (const lang of ['en', 'es'] as const) {
      for (const [key, value] of Object.entries(inPageStrings[lang])) {
        if (key.startsWith('status.')) expect(value.toLowerCase()).not.toMatch(new RegExp(`\\b${word}\\b`));
      }
    }
  },
);
