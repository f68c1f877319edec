import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { LocalizedPipe } from '../i18n/localized.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FrameworkStore } from '../framework/data-access/framework-store';

@Component({
  selector: 'll-site-footer',
  imports: [LocalizedPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="site-footer">
      <div class="ll-container site-footer__inner">
        <p class="site-footer__brand">
          <strong>{{ 'app.name' | t }}</strong> · {{ 'app.tagline' | t }}
        </p>
        <p>{{ 'footer.about' | t }}</p>
        @if (store.framework(); as framework) {
          <p>
            {{
              'footer.source'
                | t: { name: (framework.name | localized), edition: framework.edition }
            }}
          </p>
        }
      </div>
    </footer>
  `,
})
export class SiteFooter {
  protected readonly store = inject(FrameworkStore);
}
