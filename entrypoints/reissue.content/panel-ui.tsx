import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel } from '@/components/Panel';
import { sendMessage } from '@/utils/messaging';
import type { PortalPage } from '@/utils/portal/adapter';
import type { Feature } from './features';
import './panel.css';

/** The one element all our UI hangs under (contract). */
export const ROOT_ID = 'sportello-cie-root';

export interface MountedPanel {
  shadow: ShadowRoot;
  remove: () => void;
}

/** Mounts the panel in an open shadow root: the portal's styles and ours never meet. */
export async function mountPanel(
  ctx: ContentScriptContext,
  page: PortalPage,
  features: readonly Feature[],
): Promise<MountedPanel> {
  const ui = await createShadowRootUi(ctx, {
    name: 'sportello-cie',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    // Our keystrokes are not the portal's business (it may have shortcuts of its own).
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.id = ROOT_ID;
      host.setAttribute('data-sportello-owned', '');
      render(
        <Panel page={page} features={features} onOpenStatus={() => void sendMessage('openStatusPage', {})} />,
        container,
      );
    },
    onRemove() {
      render(null, ui.uiContainer);
    },
  });
  ui.mount();
  return { shadow: ui.shadow, remove: () => ui.remove() };
}
