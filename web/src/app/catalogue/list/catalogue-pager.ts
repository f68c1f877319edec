import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../i18n/translate.pipe';

/** The page numbers to show: the first, the last, and two either side of the current one. */
export function pageNumbers(current: number, count: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= count; page++) {
    if (page === 1 || page === count || Math.abs(page - current) <= 2) {
      pages.push(page);
    } else if (pages[pages.length - 1] !== null) {
      pages.push(null);
    }
  }
  return pages;
}

/** Links to the other pages of results: real links, so they can be opened and shared. */
@Component({
  selector: 'll-catalogue-pager',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (count() > 1) {
      <nav class="pager" [attr.aria-label]="'catalogue.pager.label' | t">
        <ul>
          @if (current() > 1) {
            <li>
              <a [routerLink]="[]" [queryParams]="params()(current() - 1)" class="pager__step">
                <span aria-hidden="true">‹</span> {{ 'catalogue.pager.previous' | t }}
              </a>
            </li>
          }
          @for (page of pages(); track $index) {
            <li>
              @if (page === null) {
                <span class="pager__gap" aria-hidden="true">…</span>
              } @else if (page === current()) {
                <a
                  [routerLink]="[]"
                  [queryParams]="params()(page)"
                  class="pager__page pager__page--current"
                  aria-current="page"
                  [attr.aria-label]="'catalogue.pager.page' | t: { page }"
                  >{{ page }}</a
                >
              } @else {
                <a
                  [routerLink]="[]"
                  [queryParams]="params()(page)"
                  class="pager__page"
                  [attr.aria-label]="'catalogue.pager.page' | t: { page }"
                  >{{ page }}</a
                >
              }
            </li>
          }
          @if (current() < count()) {
            <li>
              <a [routerLink]="[]" [queryParams]="params()(current() + 1)" class="pager__step">
                {{ 'catalogue.pager.next' | t }} <span aria-hidden="true">›</span>
              </a>
            </li>
          }
        </ul>
      </nav>
    }
  `,
  styles: `
    .pager ul {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375rem;
      margin: 1.5rem 0 0;
      padding: 0;
      list-style: none;
    }

    .pager a {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.25rem;
      min-width: 2.75rem;
      min-height: 2.75rem;
      padding: 0 0.75rem;
      box-sizing: border-box;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      text-decoration: none;
      font: var(--mat-sys-label-large);
    }

    .pager a:hover {
      text-decoration: underline;
    }

    .pager__page--current {
      border: 2px solid var(--mat-sys-primary) !important;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font-weight: 700 !important;
    }

    .pager__gap {
      padding: 0 0.25rem;
    }
  `,
})
export class CataloguePager {
  readonly current = input.required<number>();
  readonly count = input.required<number>();
  /** The query parameters of a page. */
  readonly params = input.required<(page: number) => Record<string, string>>();

  protected readonly pages = computed(() => pageNumbers(this.current(), this.count()));
}
