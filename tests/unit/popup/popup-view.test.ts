/** Which state the popup shows for a tab, as a table: (tab, report, settings, snoozed) → view. */
import { expect, test } from 'vitest';
import { popupView, type PopupView } from '../../../components/popup/popup-model';
import type { ActiveTab } from '../../../components/popup/popup-services';
import type { TabReport } from '../../../lib/messages/protocol';
import { defaultSettings, type Settings } from '../../../lib/settings/model';
import { offTopicReport, onTopicReport, tabReport } from '../support/popup-pack';
import newsSites from '../../../assets/dataset/news-sites.json';

const CURATED = newsSites.sites;

const listed = 'https://apnews.com/article/x';
const unlisted = 'https://example.com/news/story';
const tab = (url?: string, incognito = false): ActiveTab => ({ id: 7, url, incognito });
const settings = (sites: Partial<Settings['sites']> = {}): Settings => {
  const base = defaultSettings();
  return { ...base, sites: { ...base.sites, ...sites } };
};
const onTopic = tabReport(onTopicReport(), unlisted);
const offTopic = tabReport(offTopicReport(), unlisted);

type ReportView = Extract<PopupView, { kind: 'report' }>;
type Expected = Partial<Omit<ReportView, 'kind' | 'report'>> & { kind: PopupView['kind'] };
type Row = [string, ActiveTab | null, TabReport | null, Settings, string[], Expected];

const rows: Row[] = [
  ['no tab', null, null, settings(), [], { kind: 'unsupported' }],
  ['a browser page', tab('chrome://extensions/'), null, settings(), [], { kind: 'unsupported' }],
  [
    'a site turned off',
    tab(unlisted),
    null,
    settings({ never: ['example.com'] }),
    [],
    { kind: 'never', site: 'example.com' },
  ],
  [
    'nothing yet on an unlisted site: no pause offered',
    tab(unlisted),
    null,
    settings(),
    [],
    { kind: 'none', site: 'example.com', mode: 'on-request', snooze: { kind: 'none' } },
  ],
  [
    'nothing found on a listed outlet: pausing offered',
    tab(listed),
    null,
    settings(),
    [],
    { kind: 'none', site: 'apnews.com', mode: 'auto', snooze: { kind: 'offer', site: 'apnews.com', snoozed: false } },
  ],
  [
    'a paused outlet runs on request and offers to resume',
    tab(listed),
    null,
    settings(),
    ['apnews.com'],
    { kind: 'none', mode: 'on-request', snooze: { kind: 'offer', site: 'apnews.com', snoozed: true } },
  ],
  [
    'a listed outlet in a private window explains why it cannot pause',
    tab(listed, true),
    null,
    settings(),
    [],
    { kind: 'none', snooze: { kind: 'private' } },
  ],
  [
    'without a URL the scan decides',
    tab(undefined),
    null,
    settings(),
    [],
    { kind: 'none', site: null, mode: 'on-request', snooze: { kind: 'none' } },
  ],
  [
    'the story found on request: offer to always run',
    tab(unlisted),
    onTopic,
    settings(),
    [],
    { kind: 'report', mode: 'on-request', alwaysRun: { site: 'example.com', already: false } },
  ],
  [
    'already always running: the offer shows as done',
    tab(unlisted),
    onTopic,
    settings({ always: ['example.com'] }),
    [],
    { kind: 'report', mode: 'auto', alwaysRun: { site: 'example.com', already: true } },
  ],
  ['another topic: no offer', tab(unlisted), offTopic, settings(), [], { kind: 'report', alwaysRun: null }],
  ['a private window: no offer', tab(unlisted, true), onTopic, settings(), [], { kind: 'report', alwaysRun: null }],
  [
    'a listed outlet runs by itself: nothing to offer',
    tab(listed),
    tabReport(onTopicReport()),
    settings(),
    [],
    { kind: 'report', mode: 'auto', alwaysRun: null, snooze: { kind: 'offer', site: 'apnews.com', snoozed: false } },
  ],
];

test.each(rows)('%s', (_name, t, report, s, snoozed, expected) => {
  const view = popupView(t, report, s, snoozed, CURATED);
  expect(view).toMatchObject(expected);
  if (view.kind === 'report') expect(view.report).toBe(report);
});
