import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageService } from '../../i18n/language.service';
import { CURRENT_FRAMEWORK_URL } from '../data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../testing/framework-fixture';
import { FrameworkOverviewPage } from './framework-overview-page';

describe('FrameworkOverviewPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function renderLoaded(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(FrameworkOverviewPage);
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function texts(root: HTMLElement, selector: string): string[] {
    return Array.from(root.querySelectorAll(selector)).map((e) => e.textContent?.trim() ?? '');
  }

  it('shows a loading status, then the framework', async () => {
    const fixture = TestBed.createComponent(FrameworkOverviewPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Henter ledelsesgrundlaget…',
    );

    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')).toBeNull();
    expect(texts(element, 'h1')).toEqual(['Ledelsesgrundlag for Ikast-Brande Kommune']);
    expect(element.textContent).toContain('Udgave 1 · udgivet 27. november 2026');
  });

  it('renders the four competencies as linked cards with Fordi and counts', async () => {
    const element = await renderLoaded();
    const cards = Array.from(element.querySelectorAll('[data-testid="competency-card"]'));
    expect(cards).toHaveLength(4);

    const links = cards.map((card) => card.querySelector('h3 a'));
    expect(links.map((a) => a?.textContent?.trim())).toEqual([
      'Ledelse med handlekraft',
      'Ledelse med borgerne i centrum',
      'Ledelse på tværs',
      'Ledelse med hedekraft',
    ]);
    expect(links.map((a) => a?.getAttribute('href'))).toEqual([
      '/ledelsesgrundlag/handlekraft',
      '/ledelsesgrundlag/borgerne-i-centrum',
      '/ledelsesgrundlag/paa-tvaers',
      '/ledelsesgrundlag/hedekraft',
    ]);
    expect(cards[0].textContent).toContain('Fordi: Fordi-sætning for handlekraft.');
    expect(cards[0].textContent).toContain('3 eksempler på adfærd');
    expect(cards[1].textContent).toContain('5 eksempler på adfærd');
    expect(cards[1].textContent).toContain('2 dogmer');
    expect(cards[0].textContent).not.toContain('dogme');
  });

  it('shows the three values as headed cards and ordentlighed as the expected conduct', async () => {
    const element = await renderLoaded();
    expect(texts(element, '.value-card h3')).toEqual(['Dialog', 'Tillid', 'Ansvarlighed']);
    const conduct = element.querySelector('.conduct');
    expect(conduct?.querySelector('h3')?.textContent?.trim()).toBe('Ordentlighed');
    expect(conduct?.textContent).toContain('Den forventede adfærd');
  });

  it('switches every text to English', async () => {
    const fixture = TestBed.createComponent(FrameworkOverviewPage);
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    await fixture.whenStable();
    TestBed.inject(LanguageService).set('en');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(texts(element, 'h1')).toEqual(['Leadership foundation of Ikast-Brande Municipality']);
    expect(texts(element, 'h2')).toEqual(['Our foundation', 'The four leadership competencies']);
    expect(texts(element, '[data-testid="competency-card"] h3')).toEqual([
      'Leadership with drive',
      'Leadership with citizens at the centre',
      'Leadership across boundaries',
      'Leadership with heath spirit',
    ]);
    expect(element.textContent).toContain('Because: Because sentence for handlekraft.');
    expect(element.textContent).toContain('Edition 1 · published 27 November 2026');
    expect(texts(element, '.value-card h3')).toEqual(['Dialogue', 'Trust', 'Responsibility']);
  });

  it('hides the rest of the purpose behind "Læs mere"', async () => {
    const fixture = TestBed.createComponent(FrameworkOverviewPage);
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const toggle = element.querySelector<HTMLButtonElement>('button[aria-controls="purpose-more"]');
    const more = element.querySelector<HTMLElement>('#purpose-more');
    expect(toggle?.textContent).toContain('Læs mere');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(more?.hidden).toBe(true);

    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(toggle?.textContent).toContain('Vis mindre');
    expect(more?.hidden).toBe(false);
    expect(more?.textContent).toContain('Formålets andet afsnit.');
  });

  it('says so when nothing has been published (404)', async () => {
    const fixture = TestBed.createComponent(FrameworkOverviewPage);
    await fixture.whenStable();
    http
      .expectOne(CURRENT_FRAMEWORK_URL)
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'none' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(texts(element, 'h1')).toEqual(['Der er endnu ikke udgivet et ledelsesgrundlag']);
    expect(element.querySelector('button')).toBeNull();
  });

  it('offers "Prøv igen" after an error, and retrying loads the framework', async () => {
    const fixture = TestBed.createComponent(FrameworkOverviewPage);
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush('down', { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(texts(element, 'h1')).toEqual(['Ledelsesgrundlaget kunne ikke hentes']);
    const retry = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Prøv igen'),
    );
    expect(retry).toBeDefined();

    retry?.click();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    await fixture.whenStable();
    expect(element.querySelectorAll('[data-testid="competency-card"]')).toHaveLength(4);
  });
});
