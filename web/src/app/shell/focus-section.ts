/**
 * Brings a section heading (tabindex="-1") to the top of the window and puts focus on it, so
 * a link to "#kompetencegab" lands there even though the section loads after the page.
 */
export function focusSection(heading: HTMLElement | undefined): void {
  if (!heading) {
    return;
  }
  // Optional call: not every environment (jsdom) implements scrollIntoView.
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
}
