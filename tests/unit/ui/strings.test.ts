import { expect, test } from 'vitest';
import { inPageStrings } from '../../../lib/i18n/strings/inpage';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(inPageStrings.en) as (keyof typeof inPageStrings.en)[];

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

// The UI addresses the reader as "tú" everywhere (docs/spanish-style.md): a usted form in one
// string among tú forms in the next reads as two voices.
test('Spanish UI strings never address the reader as usted', async () => {
  const { POPUP_STRINGS } = await import('../../../lib/i18n/strings/popup');
  const { OPTIONS_STRINGS } = await import('../../../lib/i18n/strings/options');
  const usted = /\b(usted(es)?|su dispositivo|su navegador|pulse|haga clic|elija|seleccione|consulte|desee)\b/i;
  for (const table of [inPageStrings.es, POPUP_STRINGS.es, OPTIONS_STRINGS.es]) {
    for (const [key, value] of Object.entries(table)) expect(`${key}: ${value}`).not.toMatch(usted);
  }
});
