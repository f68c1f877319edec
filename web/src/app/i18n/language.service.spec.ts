import { TestBed } from '@angular/core/testing';
import { LANGUAGE_STORAGE_KEY, LanguageService } from './language.service';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  function create(): LanguageService {
    TestBed.resetTestingModule();
    return TestBed.inject(LanguageService);
  }

  it('defaults to Danish and sets <html lang="da">', () => {
    const service = create();
    expect(service.lang()).toBe('da');
    expect(document.documentElement.lang).toBe('da');
  });

  it('switches language, updates <html lang> and remembers the choice', () => {
    const service = create();
    service.set('en');
    expect(service.lang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the remembered language on the next visit', () => {
    create().set('en');
    document.documentElement.lang = '';
    const next = create();
    expect(next.lang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores an unknown stored value', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(create().lang()).toBe('da');
  });

  it('still switches when storage is unavailable', () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const service = create();
    service.set('en');
    expect(service.lang()).toBe('en');
    setItem.mockRestore();
  });

  it('translates UI strings and picks content texts in the current language', () => {
    const service = create();
    const text = { da: 'Tillid', en: 'Trust' };
    expect(service.t('app.skipToContent')).toBe('Spring til indhold');
    expect(service.pick(text)).toBe('Tillid');
    service.set('en');
    expect(service.t('app.skipToContent')).toBe('Skip to content');
    expect(service.pick(text)).toBe('Trust');
  });
});
