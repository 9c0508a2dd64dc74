/**
 * The root of the in-page UI: launcher, reading panel and the one open card, all driven by the
 * `InPageController` state. Cards are positioned imperatively after layout (they must be measured
 * first) and re-placed on scroll and resize so they follow their text.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang } from '../../lib/dataset/schema';
import { InPageController, NARROW_VIEWPORT, type CardState, type UiState } from '../../lib/inpage/inpage-controller';
import { placeCard } from '../../lib/inpage/card-position';
import { wrapTab } from '../../lib/inpage/focus';
import { shortcutLabel } from '../../lib/present/format';
import { rangeRects } from '../../lib/inpage/hit-test';
import {
  contentLanguage,
  countFound,
  entityName,
  findClaim,
  findEntity,
  type CardTarget,
} from '../../lib/present/view-model';
import { CardPreview } from './card-preview';
import { ClaimCard } from './claim-card';
import { EntityCard } from './entity-card';
import { Launcher } from './launcher';
import { Panel } from './panel';
import { ReportProblem } from './report-problem';

/** Width of the reading panel; cards keep clear of it on wide screens. Matches the CSS. */
export { PANEL_WIDTH } from '../../lib/inpage/dock';
import { PANEL_WIDTH } from '../../lib/inpage/dock';

const { t } = translator(inPageStrings);
/** Room kept at the bottom for the launcher, so a card never sits under it. */
const LAUNCHER_RESERVE = 64;
/** A card taller than this scrolls: a preview, not a second article. */
export const CARD_MAX_HEIGHT = 520;

export interface InPageAppProps {
  controller: InPageController;
  pack: CompiledPack;
  lang: Lang;
  now: Date;
  document: Document;
  window: Window & typeof globalThis;
}

function useControllerState(controller: InPageController): UiState {
  const [state, setState] = useState(controller.state);
  useEffect(() => {
    setState(controller.state);
    return controller.subscribe(() => setState(controller.state));
  }, [controller]);
  return state;
}

/** Launcher, panel and card. */
export function InPageApp(props: InPageAppProps) {
  const { controller, pack, lang } = props;
  const state = useControllerState(controller);
  // One language per surface: labels and dataset text alike (the rule is in the options' help).
  const contentLang = contentLanguage(pack, lang);
  const counts = countFound(state.report);

  return (
    <div class="bs-root" lang={lang}>
      <Launcher
        lang={lang}
        entities={counts.entities}
        disputed={counts.disputed}
        hidden={state.launcherHidden}
        compact={state.launcherCompact}
        hiddenNotice={state.launcherNotice}
        panelOpen={state.panelOpen}
        shortcut={shortcutLabel(props.window.navigator?.platform ?? '')}
        onOpen={() => controller.openPanel()}
        onHide={() => controller.hideLauncher()}
        onUndoHide={() => controller.showLauncher()}
      />
      {state.panelOpen && (
        <Panel
          report={state.report}
          pack={pack}
          lang={lang}
          contentLang={contentLang}
          highlightsDrawn={state.highlights.drawn}
          shortcut={shortcutLabel(props.window.navigator?.platform ?? '')}
          focusKey={state.panelFocusKey}
          focusSeq={state.panelFocusSeq}
          onChoose={(item) => controller.chooseItem(item)}
          onClose={() => controller.closePanel({ restoreFocus: true })}
        />
      )}
      {state.card && <CardLayer {...props} state={state} card={state.card} contentLang={contentLang} />}
    </div>
  );
}

function targetName(pack: CompiledPack, target: CardTarget, lang: Lang): string {
  if (target.kind === 'entity') {
    const e = findEntity(pack, target.id);
    return e ? entityName(e, lang) : target.id;
  }
  return findClaim(pack, target.id)?.title[lang] ?? target.id;
}

function CardLayer(props: InPageAppProps & { state: UiState; card: CardState; contentLang: Lang }) {
  const { controller, pack, lang, contentLang, state, card, document: doc, window: win } = props;
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Measure the card at its natural height, then place it.
    el.style.maxHeight = 'none';
    const size = { width: el.offsetWidth, height: Math.min(el.offsetHeight, CARD_MAX_HEIGHT) };
    const reserve = state.panelOpen && win.innerWidth >= NARROW_VIEWPORT ? PANEL_WIDTH : 0;
    const launcherShown = !state.launcherHidden && !state.panelOpen;
    const viewport = {
      left: 0,
      top: 0,
      right: win.innerWidth - reserve,
      bottom: win.innerHeight - (launcherShown ? LAUNCHER_RESERVE : 0),
    };
    const anchors = card.anchor ? rangeRects(doc, card.anchor.range) : [];
    const p = placeCard(anchors, size, viewport, { pointer: card.pointer ?? undefined });
    el.style.left = `${Math.round(p.left)}px`;
    el.style.top = `${Math.round(p.top)}px`;
    el.style.maxHeight = `${Math.max(Math.floor(Math.min(p.maxHeight, CARD_MAX_HEIGHT)), 120)}px`;
    el.dataset.side = p.side;
    el.dataset.placed = 'true';
    // Placed once per card and layout change; the anchor and pointer belong to that card.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [card.seq, card.preview, state.layoutTick, state.panelOpen, state.launcherHidden]);

  useEffect(() => {
    if (card.focus) ref.current?.focus({ preventScroll: true });
    // Focus moves once per card shown (its sequence number), not on every re-render of it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [card.seq]);

  const previous = card.history[card.history.length - 1];
  const common = {
    pack,
    report: state.report,
    lang,
    contentLang,
    hoveredStart: card.anchor?.start,
    titleId: 'bs-card-title',
    onClose: () => controller.closeCard({ restoreFocus: true }),
    onOpenEntity: (id: string) => controller.openRelated({ kind: 'entity', id }),
    onBack: previous ? () => controller.back() : undefined,
    backLabel: previous ? t(lang, 'backTo', { name: targetName(pack, previous, contentLang) }) : undefined,
  };
  const entity = card.target.kind === 'entity' ? findEntity(pack, card.target.id) : undefined;
  const claim = card.target.kind === 'claim' ? findClaim(pack, card.target.id) : undefined;
  if (!entity && !claim) return null;

  if (card.preview) {
    return (
      <div
        ref={ref}
        class="bs-card bs-card--preview"
        role="dialog"
        aria-modal="false"
        aria-labelledby="bs-card-title"
        tabIndex={-1}
        data-target={`${card.target.kind}:${card.target.id}`}
        data-preview="true"
        onPointerDown={() => controller.pin()}
      >
        <CardPreview
          pack={pack}
          lang={lang}
          contentLang={contentLang}
          now={props.now}
          titleId="bs-card-title"
          entity={entity}
          claim={claim}
        />
      </div>
    );
  }

  return (
    // A non-modal dialog handles its own keys (Escape closes it, Tab stays in it).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={ref}
      class="bs-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="bs-card-title"
      tabIndex={-1}
      data-target={`${card.target.kind}:${card.target.id}`}
      onKeyDown={(e) => ref.current && wrapTab(e, ref.current)}
      onPointerDown={() => controller.pin()}
    >
      {entity ? (
        <EntityCard key={`e:${entity.id}`} {...common} entity={entity} now={props.now} />
      ) : (
        <ClaimCard key={`c:${claim!.id}`} {...common} claim={claim!} />
      )}
      <ReportProblem
        key={`r:${card.target.kind}:${card.target.id}`}
        lang={lang}
        doc={doc}
        info={{
          card: `${card.target.kind}:${card.target.id}`,
          title: targetName(pack, card.target, contentLang),
          packId: pack.meta.id,
          packVersion: pack.meta.version,
          reviewedAt: pack.meta.reviewedAt,
          pageUrl: doc.location?.href ?? '',
        }}
      />
    </div>
  );
}
