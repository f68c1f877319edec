import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { FrameworkLoadStatus } from '../data-access/framework-store';

/** What a framework page shows until the framework is loaded: loading, error or empty. */
@Component({
  selector: 'll-framework-load-state',
  imports: [MatButton, MatProgressSpinner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (status()) {
      @case ('error') {
        <div class="ll-state ll-state--error">
          <h1>{{ 'framework.error.title' | t }}</h1>
          <p role="alert">{{ 'framework.error.text' | t }}</p>
          <button matButton="filled" type="button" (click)="retry.emit()">
            {{ 'framework.error.retry' | t }}
          </button>
        </div>
      }
      @case ('empty') {
        <div class="ll-state">
          <h1>{{ 'framework.empty.title' | t }}</h1>
          <p>{{ 'framework.empty.text' | t }}</p>
        </div>
      }
      @default {
        <div class="ll-state">
          <h1>{{ 'nav.framework' | t }}</h1>
          <div class="ll-state__loading" role="status">
            <mat-progress-spinner mode="indeterminate" diameter="32" aria-hidden="true" />
            <span>{{ 'framework.loading' | t }}</span>
          </div>
        </div>
      }
    }
  `,
})
export class FrameworkLoadState {
  readonly status = input.required<FrameworkLoadStatus>();
  readonly retry = output<void>();
}
