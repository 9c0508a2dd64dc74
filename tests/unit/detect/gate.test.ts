import { describe, expect, test } from 'vitest';
import { passesGate } from '../../../lib/detect/gate';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { handMadePack } from '../match/hand-made-pack';

const pack = handMadePack();
const doc = (head: string, body = '', url = 'https://news.example/story') =>
  parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`, url);

describe('gate: the cheap pre-check', () => {
  test.each([
    ['title', doc('<title>Inside CECOT</title>'), true],
    ['meta description', doc('<meta name="description" content="Deportations to El Salvador continue">'), true],
    ['og:title with accents', doc('<meta property="og:title" content="Ábrego García regresa">'), true],
    ['keywords', doc('<meta name="keywords" content="immigration, Bukele">'), true],
    ['URL slug', doc('<title>World</title>', '', 'https://news.example/world/2025/ms-13-leaders-sent-to-mega-prison'), true],
    ['percent-encoded URL', doc('<title>x</title>', '', 'https://news.example/nota/deportaci%C3%B3n-masiva'), true],
    ['h1', doc('<title>News</title>', '<h1>Noem visits prison</h1>'), true],
    ['term inside another word does not count', doc('<title>Redeployment of troops</title>'), false],
    ['an unrelated page', doc('<title>Harbor festival draws record crowds</title><meta name="description" content="Boats and music">'), false],
    ['the opening paragraphs are read', doc('<title>Takeaways</title>', '<p>CECOT CECOT CECOT</p>'), true],
    ['JSON-LD headline', doc('<title>x</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bukele\\u0027s prison"}</script>'), true],
    ['Spanish sports are not deportations', doc('<title>Deportes: la liga</title><meta name="description" content="Resultados deportivos y el mejor deporte del fin de semana">'), false],
    ['a deportation after a sports word still counts', doc('<title>Deportes y deportaciones</title>'), true],
    ['a paragraph far down the page is not read', doc('<title>Recipes</title>', `${'<p>Stir the soup slowly and season it with care before serving it warm to all the guests.</p>'.repeat(70)}<p>CECOT</p>`), false],
  ])('%s → %s', (_, d, expected) => {
    expect(passesGate(d, pack)).toBe(expected);
  });
});
