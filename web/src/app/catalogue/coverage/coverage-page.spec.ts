import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { OFFER_COVERAGE_URL } from '../data-access/catalogue-api';
import { COVERAGE } from '../testing/catalogue-fixtures';
import { barWidth } from './coverage-chart';
import { CoveragePage } from './coverage-page';

describe('CoveragePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CoveragePage>;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CoveragePage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
  });

  afterEach(() => http.verify());

  function text(node: Element | null | undefined): string {
    return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function cells(row: Element): string[] {
    return Array.from(row.children).map(text);
  }

  it('lists the behaviours no offer trains first, by competency', async () => {
    http.expectOne(OFFER_COVERAGE_URL).flush(COVERAGE);
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="coverage-window"]'))).toBe(
      '5 udgivne tilbud. Ledige pladser tæller hold fra 27-11-2026 til 27-11-2027.',
    );
    const gaps = element.querySelector('[data-testid="coverage-gaps"]');
    expect(text(gaps?.querySelector('h2'))).toBe('Ikke dækket: 1 adfærd');
    expect(text(gaps?.querySelector('h3'))).toBe('Ledelse med hedekraft');
    expect(Array.from(gaps?.querySelectorAll('li') ?? []).map(text)).toEqual([
      'Adfærd 2 i hedekraft (frame)',
    ]);
  });

  it('has the figures of the chart in a table, in the framework order', async () => {
    http.expectOne(OFFER_COVERAGE_URL).flush(COVERAGE);
    await settle(fixture);
    expect(
      element.querySelector('[data-testid="coverage-chart"]')?.getAttribute('aria-hidden'),
    ).toBe('true');
    const rows = Array.from(element.querySelectorAll('[data-testid="coverage-table"] tbody tr'));
    expect(rows.map(cells)).toEqual([
      ['Ledelse med handlekraft', '3', '1', '1', '4', '30'],
      ['Ledelse med hedekraft', '0', '1', '0', '1', '4'],
    ]);
    const bars = Array.from(
      element.querySelectorAll<HTMLElement>('.chart__track .chart__bar--strong'),
    );
    expect(bars.map((bar) => bar.style.width)).toEqual(['52.5%', '0%']);
  });

  it('marks uncovered behaviours with words and an icon, not only colour', async () => {
    http.expectOne(OFFER_COVERAGE_URL).flush(COVERAGE);
    await settle(fixture);
    const tables = element.querySelectorAll('[data-testid="coverage-behaviours"]');
    expect(Array.from(tables).map((t) => text(t.querySelector('caption')))).toEqual([
      'Ledelse med handlekraft',
      'Ledelse med hedekraft',
    ]);
    const rows = Array.from(tables[1].querySelectorAll('tbody tr'));
    expect(rows.map(cells)).toEqual([
      ['Adfærd 1 i hedekraft (frame)', '1', '4'],
      ['Adfærd 2 i hedekraft (frame) Ikke dækket', '0', '0'],
    ]);
    expect(rows[1].querySelector('.coverage__flag svg')).not.toBeNull();
  });

  it('says so when everything is covered, and offers "Prøv igen" after a failure', async () => {
    http.expectOne(OFFER_COVERAGE_URL).flush('down', { status: 503, statusText: 'Down' });
    await settle(fixture);
    expect(text(element.querySelector('[role="alert"]'))).toContain('Der opstod en fejl.');
    (element.querySelector('.ll-state--error button') as HTMLButtonElement).click();
    http.expectOne(OFFER_COVERAGE_URL).flush({
      ...COVERAGE,
      competencies: [COVERAGE.competencies[1]],
    });
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="coverage-gaps"]'))).toContain(
      'Alle eksempler på adfærd er dækket af mindst ét udgivet tilbud.',
    );
  });
});

describe('barWidth', () => {
  it('scales bars to the largest value and keeps a value above zero visible', () => {
    expect(barWidth(0, 10)).toBe(0);
    expect(barWidth(10, 10)).toBe(100);
    expect(barWidth(1, 1000)).toBe(2);
    expect(barWidth(5, 0)).toBe(0);
  });
});
