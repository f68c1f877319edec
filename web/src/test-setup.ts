import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// jsdom has no ResizeObserver; the charts (ngx-echarts) watch their size with it in a
// browser. In tests nothing is ever resized, so the observer only has to exist.
if (!('ResizeObserver' in globalThis)) {
  class NoResizeObserver {
    private readonly watched = new Set<Element>();
    observe(target: Element): void {
      this.watched.add(target);
    }
    unobserve(target: Element): void {
      this.watched.delete(target);
    }
    disconnect(): void {
      this.watched.clear();
    }
  }
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = NoResizeObserver;
}
