/**
 * Structural test of the pack the extension ships: it passes the checker, is big enough to be
 * useful, cites a source for every fact, and holds every id the team agreed on (other modules,
 * fixtures and expected results refer to them by id).
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, inspectPackDir, readPackTexts } from '../../../lib/dataset/check/index';

const SHIPPED_DIR = resolve(import.meta.dirname, '../../../assets/dataset/cecot');

const AGREED_ENTITY_IDS = [
  'kristi-noem',
  'dhs',
  'ice',
  'nayib-bukele',
  'el-salvador',
  'cecot',
  'ms-13',
  'tren-de-aragua',
  'venezuela',
  'nicolas-maduro',
  'donald-trump',
  'marco-rubio',
  'alien-enemies-act',
  'proclamation-10903',
  'kilmar-abrego-garcia',
  'james-boasberg',
  'paula-xinis',
  'jgg-v-trump',
  'trump-v-jgg',
  'aarp-v-trump',
  'noem-v-abrego-garcia',
  'us-supreme-court',
  'human-rights-watch',
  'amnesty-international',
  'cristosal',
  'aclu',
  'state-of-exception',
  'gustavo-villatoro',
  'march-2025-deportation-flights',
  'detention-payment',
  'july-2025-repatriation',
  'inside-cecot-60-minutes',
  'jd-vance',
  'us-state-department',
];

const AGREED_CLAIM_IDS = [
  'gang-membership',
  'cecot-population',
  'cecot-conditions',
  'aea-invasion',
  'due-process',
  'payment-amount',
  'deaths-in-custody',
  'custody-jurisdiction',
  'defied-court-order',
  'abrego-garcia-gang-claim',
  'maduro-direction',
  'safest-country',
  'deportee-count',
  'abrego-garcia-return',
];

/** Ids in a section, read from the raw files so one invalid element does not hide all the others. */
function rawIds(section: 'entities' | 'claims'): string[] {
  return readPackTexts(SHIPPED_DIR).flatMap(({ text }) => {
    try {
      const items = (JSON.parse(text) as Record<string, unknown>)[section];
      return Array.isArray(items)
        ? items.map((item) => (item as { id?: unknown }).id).filter((id) => typeof id === 'string')
        : [];
    } catch {
      return []; // the checker test reports the syntax error
    }
  });
}

describe('the shipped pack', () => {
  const { problems, pack, stats } = inspectPackDir(SHIPPED_DIR);
  const entityIds = rawIds('entities');
  const claimIds = rawIds('claims');

  test('passes the checker', () => {
    // Joined so a failure prints the checker's own lines.
    expect(problems.map(formatProblem).join('\n')).toBe('');
    expect(pack).toBeDefined();
  });

  test.each([
    ['entities', () => stats.entities, 30],
    ['claims', () => stats.claims, 12],
    ['timeline events', () => stats.timelineEvents, 25],
  ] as const)('has at least the agreed number of %s', (_, count, minimum) => {
    expect(count()).toBeGreaterThanOrEqual(minimum);
  });

  test('has a resolving source on every fact', () => {
    expect(stats.facts).toBeGreaterThan(0);
    expect(stats.factsSourcedPercent).toBe(100);
  });

  test.each(AGREED_ENTITY_IDS)('has the agreed entity "%s"', (id) => {
    expect(entityIds).toContain(id);
  });

  test.each(AGREED_CLAIM_IDS)('has the agreed claim "%s"', (id) => {
    expect(claimIds).toContain(id);
  });
});
