import { Injectable, inject } from '@angular/core';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { isUiKey } from '../i18n/ui-key';
import { PageTitleService } from './page-title.service';

/**
 * Route `title`s are UI string keys, not text, so the title can follow the language.
 * The deepest route's key becomes the section part of the document title.
 */
@Injectable()
export class PageTitleStrategy extends TitleStrategy {
  private readonly pageTitle = inject(PageTitleService);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.pageTitle.setSection(isUiKey(key) ? key : null);
  }
}
