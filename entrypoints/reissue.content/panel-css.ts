import checklistCss from './features/checklist/checklist.css?inline';
import panelCss from './panel.css?inline';
import tourCss from './features/tour/tour.css?inline';

/**
 * Every style of the panel's shadow root, carried in the script (one <style>, no CSS file
 * fetched before the first paint). The reset first keeps the page's inherited styles out.
 */
export const PANEL_CSS = [':host{all:initial !important;}', panelCss, checklistCss, tourCss].join('\n');
