import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useLayoutEffect, useState } from 'preact/hooks';
import { Panel, type PanelSection } from '@/entrypoints/reissue.content/Panel';
import { sendMessage } from '@/utils/messaging';
import type { SnapshotNode } from '@/utils/panel-snapshot';
import type { PortalPage } from '@/utils/portal/adapter';
import { DEFAULT_LAYOUT, reserveSpace, saveLayout, type PanelLayout } from './dock';
import type { Feature } from './feature';
import { registerOurRoot } from './our-root';
import { elementAt, pathOf, type PanelCopy, type PanelRoom } from './live-handoff';
import { createPanelRoot } from './panel-root';
import { snapshotOf } from './snapshot';
import { replayPress } from './trusted-input';
import { startData, startDataNow } from './start-data';

export { ROOT_ID } from './our-root';

export interface MountedPanel {
  shadow: ShadowRoot;
  /** The panel as drawn, taken in the task that drew it: no page script has touched it yet. */
  firstPaint: SnapshotNode[] | null;
  /** Draws the panel again in place (new language), keeping every section's state. */
  refresh: () => void;
  /** The portal moved to another screen of the request: the sections follow it, state kept. */
  show: (page: PortalPage) => void;
  /** A page script took the host out of the page: put back as it was, every section's state and the room kept. */
  putBack: () => void;
  remove: () => void;
}

/** Mounts the panel in an open shadow root: the portal's styles and ours never meet. */
export async function mountPanel(
  ctx: ContentScriptContext,
  page: PortalPage,
  features: readonly Feature[],
  /** The first part's copy on show: replaced in the task the live panel is drawn. */
  copy: PanelCopy | null = null,
  /** The room the first part made beside the page: taken over in this task. */
  room: PanelRoom | null = null,
): Promise<MountedPanel> {
  // Room is made now, before anything is awaited, in the place the panel will take (known
  // since document_start): the portal is never painted at full width and then narrowed. The
  // first part's room is taken over in the same task, so the page never moves.
  room?.release();
  const releaseEarly = reserveSpace(document, room?.layout ?? startDataNow()?.layout ?? DEFAULT_LAYOUT);
  // Stopped before the panel is drawn (its waits below never end then): the room goes too.
  ctx.onInvalidated(releaseEarly);
  let remove: (() => void) | null = null;
  try {
    // Read at document_start: the place and the office's language are known before the first
    // paint, so the panel is never drawn in the browser's language first.
    const { layout } = await startData();
    // A task of its own: the page's reading and the field checks (the task that got here) and
    // drawing the panel do not add up to one long task.
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    if (ctx.isInvalid) throw new Error('content script invalidated');
    let current = page;
    const { host, shadow, container } = createPanelRoot();
    const draw = (): void =>
      render(<DockedPanel page={current} features={features} initialLayout={layout} releaseEarly={releaseEarly} />, container);
    let removed = false;
    const removePanel = (): void => {
      if (removed) return;
      removed = true;
      registerOurRoot(null);
      try {
        // Unrendered even when a page script already took the host away: the panel's room goes with it.
        render(null, container);
      } finally {
        host.remove();
      }
    };
    remove = removePanel;
    document.body.append(host);
    registerOurRoot(host);
    draw();
    const firstPaint = snapshotOf(container);
    if (copy) takeOverCopy(copy, container);
    ctx.onInvalidated(removePanel);
    return {
      shadow,
      firstPaint,
      refresh: () => draw(),
      show: (next) => {
        current = next;
        draw();
      },
      putBack: () => {
        if (!removed && !host.isConnected) (document.body ?? document.documentElement).append(host);
      },
      remove: removePanel,
    };
  } catch (error) {
    // No panel, so no room taken from the portal: not even one drawn before the failure.
    try {
      remove?.();
    } catch {
      // what it drew is gone from the page all the same; the room and the copy go below
    }
    releaseEarly();
    copy?.host.remove();
    throw error;
  }
}

/**
 * The live panel is drawn: the copy goes in the same task (the operator sees one panel), focus
 * moves to the same place in the live one, and what the operator pressed on the copy is
 * pressed again, one press per task (each sees what the one before drew), on the same element
 * if it is still there with the same text.
 */
function takeOverCopy(copy: PanelCopy, live: HTMLElement): void {
  copy.stopListening();
  const focused = copy.host.shadowRoot?.activeElement ?? null;
  const focusPath = focused ? { path: pathOf(focused, copy.body), localName: focused.localName, text: focused.textContent ?? '' } : null;
  copy.host.remove();
  if (focusPath) elementAt(live, focusPath)?.focus();
  const presses = [...copy.pressed];
  const next = (): void => {
    const pressed = presses.shift();
    if (!pressed) return;
    const element = elementAt(live, pressed);
    if (element) replayPress(element);
    if (presses.length > 0) setTimeout(next, 0);
  };
  // A print among them reads the screen itself (print.ts): nothing to wait for here.
  next();
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
