import { visibleText } from '../dom/visible';

const LABELLABLE = 'input, select, textarea';

/**
 * The label a person reads for a form control: its <label>s, then aria-labelledby, then
 * aria-label, then the text of the table cell or block just before it (label-less layouts).
 */
export function labelOf(control: HTMLElement): string {
  const labels = (control as HTMLInputElement).labels;
  if (labels && labels.length > 0) return [...labels].map(visibleText).join(' ');
  const doc = control.ownerDocument;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((el): el is HTMLElement => el !== null)
      .map(visibleText)
      .join(' ');
    if (text) return text;
  }
  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel?.trim()) return ariaLabel.trim();
  return precedingText(control);
}

/** Text of the nearest previous sibling (of the control or its cell) that holds no control. */
function precedingText(control: HTMLElement): string {
  let node: Element | null = control;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.querySelector(LABELLABLE) || sibling.matches(LABELLABLE)) break;
      const text = visibleText(sibling);
      if (text) return text;
    }
    if (node.parentElement?.querySelectorAll(LABELLABLE).length !== 1) break;
  }
  return '';
}
