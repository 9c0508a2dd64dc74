import inPageCss from '../assets/styles/inpage-ui.css?inline';
import { mountInPageUi } from '../components/inpage/mount';
import { offerUi, type UiHandoffGlobals } from '../lib/content/ui-handoff';

/**
 * The in-page UI, injected by the background just before the engine (see lib/content/ui-handoff.ts):
 * it only offers its mount function, bound to its stylesheet; the engine calls it when it first draws.
 */
export default defineUnlistedScript(() => {
  offerUi(globalThis as UiHandoffGlobals, (options) => mountInPageUi({ ...options, css: inPageCss }));
});
