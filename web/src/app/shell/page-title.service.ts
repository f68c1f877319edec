import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import type { LocalizedText } from '@lederloeft/contracts';
import { LanguageService } from '../i18n/language.service';
import type { UiKey } from '../i18n/ui-key';

/** A part of the document title: a UI string key or a content text. */
export type TitlePart = UiKey | LocalizedText;

const SEPARATOR = ' · ';

/**
 * Keeps `document.title` in step with the page and the language, most specific part first:
 * "Ledelse med hedekraft · Ledelsesgrundlaget · Lederløft". The router sets the section
 * (route `title`); a page may add its own part, e.g. the competency it shows.
 */
@Injectable({ providedIn: 'root' })
export class PageTitleService {
  private readonly language = inject(LanguageService);
  private readonly title = inject(Title);
  private readonly section = signal<UiKey | null>(null);
  private readonly page = signal<TitlePart | null>(null);

  /** The full document title in the current language. */
  readonly documentTitle = computed(() => {
    const parts = [this.page(), this.section(), 'app.name' as const]
      .filter((part): part is TitlePart => part !== null)
      .map((part) => (typeof part === 'string' ? this.language.t(part) : this.language.pick(part)));
    return parts.filter((part, i) => part && part !== parts[i - 1]).join(SEPARATOR);
  });

  constructor() {
    effect(() => this.title.setTitle(this.documentTitle()));
  }

  /** Set by the title strategy after each navigation. */
  setSection(key: UiKey | null): void {
    this.section.set(key);
  }

  /** Set by a page that knows a more specific title; `null` when it goes away. */
  setPage(part: TitlePart | null): void {
    this.page.set(part);
  }
}
