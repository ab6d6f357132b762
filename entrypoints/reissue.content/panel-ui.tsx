import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { useLayoutEffect, useState } from 'preact/hooks';
import { Panel, type PanelSection } from '@/entrypoints/reissue.content/Panel';
import { sendMessage } from '@/utils/messaging';
import type { PortalPage } from '@/utils/portal/adapter';
import { DEFAULT_LAYOUT, readLayout, reserveSpace, saveLayout, type PanelLayout } from './dock';
import type { Feature } from './feature';
import { registerOurRoot, ROOT_ID } from './our-root';
import { acceptOnlyTrustedActions } from './trusted-input';
import './panel.css';

export { ROOT_ID } from './our-root';

export interface MountedPanel {
  shadow: ShadowRoot;
  /** Draws the panel again in place (new language), keeping every section's state. */
  refresh: () => void;
  /** The portal moved to another screen of the request: the sections follow it, state kept. */
  show: (page: PortalPage) => void;
  remove: () => void;
}

/** Mounts the panel in an open shadow root: the portal's styles and ours never meet. */
export async function mountPanel(
  ctx: ContentScriptContext,
  page: PortalPage,
  features: readonly Feature[],
): Promise<MountedPanel> {
  // Room is made now, before anything is awaited, in the usual place: the portal is never
  // painted at full width and then narrowed when our panel appears.
  const releaseEarly = reserveSpace(document, DEFAULT_LAYOUT);
  try {
    const layout = await readLayout();
    let current = page;
    let draw = (): void => undefined;
    const ui = await createShadowRootUi(ctx, {
      name: 'sportello-cie',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      // Our keystrokes are not the portal's business (it may have shortcuts of its own).
      isolateEvents: true,
      onMount(container, shadow, host) {
        // Open, so the operator's assistive tools and our tests reach the real UI; a page
        // script that reaches it too can press nothing (see trusted-input.ts).
        acceptOnlyTrustedActions(shadow);
        host.id = ROOT_ID;
        registerOurRoot(host);
        host.setAttribute('data-sportello-owned', '');
        draw = () =>
          render(<DockedPanel page={current} features={features} initialLayout={layout} releaseEarly={releaseEarly} />, container);
        draw();
      },
      onRemove() {
        registerOurRoot(null);
        render(null, ui.uiContainer);
      },
    });
    ui.mount();
    return {
      shadow: ui.shadow,
      refresh: () => draw(),
      show: (next) => {
        current = next;
        draw();
      },
      remove: () => ui.remove(),
    };
  } catch (error) {
    releaseEarly(); // no panel, so no room taken from the portal
    throw error;
  }
}

/** The panel with its place on the page: remembered, and with room made for it. */
function DockedPanel(props: {
  page: PortalPage;
  features: readonly Feature[];
  initialLayout: PanelLayout;
  releaseEarly: () => void;
}) {
  const [layout, setLayout] = useState(props.initialLayout);
  // Before paint, so a changed place never shows the page in its old width first. The early
  // room is given back in the same task: the page sees only the final margin.
  useLayoutEffect(() => {
    props.releaseEarly();
    return reserveSpace(document, layout);
  }, [layout]);
  const sections: PanelSection[] = props.features.flatMap(({ id, Section }) => (Section ? [{ id, Section }] : []));
  return (
    <Panel
      page={props.page}
      sections={sections}
      layout={layout}
      onLayoutChange={(next) => {
        setLayout(next);
        void saveLayout(next);
      }}
      onOpenStatus={() => void sendMessage('openStatusPage', {})}
    />
  );
}
