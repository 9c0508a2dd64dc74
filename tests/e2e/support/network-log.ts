/**
 * Recording every request the browser's contexts make, to prove the extension sends nothing out.
 * Chromium: a browser-level DevTools session auto-attaches to every target (pages, popup, options,
 * the service worker, frames, workers) paused before it runs, turns on `Network`, then lets it go,
 * so even a request made in a context's first microtask is seen. Firefox: WebDriver BiDi request
 * events on the pages we open (the background page is not reachable there; the proxy log covers it).
 */
import type { Browser, CDPSession, Page } from 'puppeteer-core';

export interface SeenRequest {
  /** Where it was seen: the target's type and URL (Chromium) or "page" (Firefox). */
  context: string;
  url: string;
  /** Chromium: who started it (`parser`, `script` with the script's URL, …). */
  initiator?: string;
}

export interface NetworkLog {
  requests: SeenRequest[];
  /** Targets (Chromium) the recorder attached to, as "type url". */
  attached: string[];
  /** Firefox: record the requests of a page we opened (before it navigates). */
  watchPage(page: Page, where: string): void;
  stop(): Promise<void>;
}

interface AttachedEvent {
  sessionId: string;
  targetInfo: { type: string; url: string; targetId: string };
  waitingForDebugger: boolean;
}

interface RequestEvent {
  request: { url: string };
  initiator?: { type: string; url?: string; stack?: { callFrames: { url: string }[] } };
}

function initiatorOf(e: RequestEvent): string | undefined {
  const i = e.initiator;
  if (!i) return undefined;
  const script = i.url ?? i.stack?.callFrames[0]?.url;
  return script ? `${i.type} ${script}` : i.type;
}

/** Start recording in Chromium: call before opening the pages whose traffic matters. */
export async function recordChromiumNetwork(browser: Browser): Promise<NetworkLog> {
  const requests: SeenRequest[] = [];
  const attached: string[] = [];
  const sessions: CDPSession[] = [];
  const root = await browser.target().createCDPSession();
  const connection = root.connection()!;

  const instrument = async (session: CDPSession, where: string, waiting: boolean) => {
    sessions.push(session);
    attached.push(where);
    session.on('Network.requestWillBeSent', (e: RequestEvent) => {
      requests.push({ context: where, url: e.request.url, initiator: initiatorOf(e) });
    });
    // Frames in other processes and workers started by this target get the same treatment.
    session.on('Target.attachedToTarget', (e: AttachedEvent) => void onAttached(e));
    await Promise.all([
      session.send('Network.enable').catch(() => {}),
      session
        .send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true })
        .catch(() => {}),
    ]);
    if (waiting) await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
  };

  const onAttached = async (e: AttachedEvent) => {
    const session = connection.session(e.sessionId);
    if (!session) return;
    await instrument(session, `${e.targetInfo.type} ${e.targetInfo.url}`, e.waitingForDebugger);
  };

  root.on('Target.attachedToTarget', (e: AttachedEvent) => void onAttached(e));
  await root.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  // Targets that were running before we started (the service worker): attach to them now.
  const { targetInfos } = (await root.send('Target.getTargets')) as unknown as {
    targetInfos: { targetId: string; type: string; url: string; attached: boolean }[];
  };
  for (const t of targetInfos) {
    if (t.type === 'browser' || t.type === 'tab') continue;
    const { sessionId } = (await root
      .send('Target.attachToTarget', { targetId: t.targetId, flatten: true })
      .catch(() => ({ sessionId: '' }))) as { sessionId: string };
    const session = sessionId ? connection.session(sessionId) : null;
    if (session && !sessions.includes(session)) await instrument(session, `${t.type} ${t.url}`, false);
  }

  return {
    requests,
    attached,
    watchPage() {
      // Auto-attach already covers every page.
    },
    async stop() {
      await root
        .send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: true })
        .catch(() => {});
      for (const s of sessions) await s.detach().catch(() => {});
      await root.detach().catch(() => {});
    },
  };
}

/** Start recording in Firefox: each page must be handed to `watchPage` before it navigates. */
export function recordFirefoxNetwork(): NetworkLog {
  const requests: SeenRequest[] = [];
  const attached: string[] = [];
  return {
    requests,
    attached,
    watchPage(page, where) {
      attached.push(where);
      page.on('request', (r) => {
        requests.push({ context: where, url: r.url() });
      });
    },
    async stop() {},
  };
}
