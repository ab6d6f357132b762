/** What the end-to-end tests need from a browser, the same in Chromium and Firefox. */
export interface E2EPage {
  url(): string;
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Types like a person: one key event per character. */
  type(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Clicks an element of our panel (inside its shadow root) by data-testid, as a person would. */
  clickInPanel(testId: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Waits until `fn` (run in the page) returns true. */
  waitFor<A = undefined>(fn: (arg: A) => boolean, arg?: A, timeoutMs?: number): Promise<void>;
  /** The page, or only the element `selector` names (the popup at its own size). */
  screenshot(path: string, selector?: string): Promise<void>;
  /** Puts files into an <input type=file> of our panel (inside the shadow root), by data-testid. */
  uploadToPanel(testId: string, paths: string[]): Promise<void>;
  /** Makes this the active tab again (Firefox sends no input to a tab in the background). */
  bringToFront(): Promise<void>;
  /** A frame of this page whose address contains `urlPart`, once it has loaded. */
  frame(urlPart: string): Promise<E2EFrame>;
  close(): Promise<void>;
}

/** A frame inside a page: read and typed into like a page, but navigated by its parent. */
export type E2EFrame = Pick<E2EPage, 'url' | 'evaluate' | 'type' | 'click' | 'clickInPanel' | 'waitFor'>;

export interface E2EBrowser {
  name: 'chromium' | 'firefox';
  /** A new tab on `url`; `initScript` runs in the page's own world before any of its scripts. */
  newPage(url: string, options?: { initScript?: string }): Promise<E2EPage>;
  /** The extension's popup as a page, speaking about the tab showing `page`. */
  openPopupFor(page: E2EPage): Promise<E2EPage>;
  /** Waits for a tab the extension opened on one of its pages (e.g. `print.html`). */
  waitForExtensionPage(path: string): Promise<E2EPage>;
  /** Waits for a tab on `url` (one the extension opened, say), and gives it as a page. */
  waitForPage(url: string): Promise<E2EPage>;
  /**
   * Opens one of the extension's pages (e.g. `report.html`) in a new tab. In Firefox an
   * extension page must already be open (the popup, say): it opens the tab.
   */
  openExtensionPage(path: string): Promise<E2EPage>;
  close(): Promise<void>;
  /** Called once when the person closes the browser (demo). */
  onClose(listener: () => void): void;
}

export interface LaunchOptions {
  /** The unpacked production build. */
  extensionDir: string;
  httpsPort: number;
  proxyPort: number;
  /** Extra preparation of the profile directory before launch (native hosts...). */
  prepareProfile?: (dir: string) => Promise<void>;
  /**
   * The browser's own UI language (what `i18n.getMessage` answers in). Default Italian; pages
   * always get an Italian navigator.language, as on a comune's workstation.
   */
  uiLanguage?: 'it' | 'en';
  /** Firefox preferences added to (or overriding) the defaults. */
  firefoxPrefs?: Record<string, unknown>;
  /** Default true; the demo opens a window when there is a display. */
  headless?: boolean;
  /** Chromium only: this profile directory, kept at close (a browser restarted on it). Default: a new one, removed. */
  profileDir?: string;
}
