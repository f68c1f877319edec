import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  Injector,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { TranslatePipe } from './i18n/translate.pipe';
import { SiteFooter } from './shell/site-footer';
import { SiteHeader } from './shell/site-header';

/** The shell: skip link, header with navigation and language, main content, footer. */
@Component({
  selector: 'll-root',
  imports: [RouterOutlet, TranslatePipe, SiteHeader, SiteFooter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="ll-skip-link" href="#main" (click)="focusMain($event)">{{
      'app.skipToContent' | t
    }}</a>
    <ll-site-header />
    <main id="main" class="ll-main" tabindex="-1" #main>
      <div class="ll-container">
        <router-outlet />
      </div>
    </main>
    <ll-site-footer />
  `,
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly injector = inject(Injector);

  constructor() {
    // After an in-app navigation, start screen readers and keyboard users at the new content.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd && event.id > 1),
        takeUntilDestroyed(),
      )
      .subscribe(() =>
        afterNextRender(() => this.main().nativeElement.focus({ preventScroll: true }), {
          injector: this.injector,
        }),
      );
  }

  /** The base href would turn "#main" into a link to the front page; move focus instead. */
  protected focusMain(event: Event): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus();
    main.scrollIntoView();
  }
}
