import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import type { Language, LocalizedText } from '@lederloeft/contracts';
import { localize, translate } from './translate';
import type { UiKey } from './ui-key';
import type { TranslateParams } from './ui-text';

/** localStorage key under which the chosen interface language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'lederloeft.lang';
export const DEFAULT_LANGUAGE: Language = 'da';
export const LANGUAGES: readonly Language[] = ['da', 'en'];

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language at run time: Danish by default, remembered in localStorage and
 * mirrored to `<html lang>`. Templates read it through the `t` and `localized` pipes.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.readStored() ?? DEFAULT_LANGUAGE);

  /** The language in force. */
  readonly lang = this.current.asReadonly();

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  /** Switches the interface language and remembers the choice. */
  set(lang: Language): void {
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Storage may be disabled (private mode, policy); the choice then lasts for this visit.
    }
  }

  /** A UI string in the current language (reactive when called in a template or computed). */
  t(key: UiKey, params?: TranslateParams): string {
    return translate(this.current(), key, params);
  }

  /** The current language's text of a localized content text. */
  pick(text: LocalizedText | null | undefined): string {
    return localize(text, this.current());
  }

  private readStored(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? null;
      return isLanguage(stored) ? stored : null;
    } catch {
      return null;
    }
  }
}
