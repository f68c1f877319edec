import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { HR_ME } from '../../auth/testing/me-fixture';
import { settle } from '../../testing/settle';
import { COVERAGE_TREND_URL, COVERAGE_URL, coverageTargetUrl } from '../data-access/overview-api';
import { OVERVIEW, TREND } from '../testing/overview-fixtures';
import { OverviewPage } from './overview-page';

describe('OverviewPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OverviewPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'overblik', component: OverviewPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        // The chart is drawn on a canvas jsdom lacks; it is aria-hidden and the table below it
        // carries the same figures, so the test never loads echarts.
        provideEchartsCore({ echarts: () => new Promise<never>(() => undefined) }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const me = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(HR_ME);
    await me;
  });
  afterEach(() => {
    http.verify();
    element?.remove();
  });

  async function render(query: Record<string, string> = {}) {
    fixture = TestBed.createComponent(OverviewPage);
    for (const [key, value] of Object.entries(query)) fixture.componentRef.setInput(key, value);
    element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  }
  const text = (node: Element | null | undefined) =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const answer = async (overview = OVERVIEW) => {
    http.expectOne((r) => r.url === COVERAGE_URL).flush(overview);
    await settle(fixture);
    http.expectOne((r) => r.url === COVERAGE_TREND_URL).flush(TREND);
    await settle(fixture);
  };

  it('asks for the unit and round of the address and shows the heatmap with the rules', async () => {
    await render({ enhed: 'bu', runde: 'round-2025' });
    const req = http.expectOne((r) => r.url === COVERAGE_URL);
    expect(req.request.params.get('orgUnitId')).toBe('bu');
    expect(req.request.params.get('roundId')).toBe('round-2025');
    req.flush(OVERVIEW);
    await settle(fixture);
    http.expectOne((r) => r.url === COVERAGE_TREND_URL).flush(TREND);
    await settle(fixture);
    expect(text(element.querySelector('h1'))).toBe('Overblik: Børn og Unge');
    expect(Array.from(element.querySelectorAll('[data-testid="breadcrumb"] li'), text)).toEqual([
      'Overblik',
      'Børn og Unge',
    ]);
    expect(element.querySelectorAll('[data-testid="heatmap-row"]')).toHaveLength(4);
    expect(text(element.querySelector('[data-testid="measure-explanation"]'))).toContain(
      'tælles som "ikke vurderet", ikke som under målet',
    );
    expect(text(element.querySelector('[data-testid="rules"] summary'))).toBe(
      'Sådan læses tallene (mindste gruppe: 5 ledere)',
    );
  });

  it('switches the measure through the address, so Back returns to it', async () => {
    await render();
    await answer();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate');
    const projected = Array.from(
      element.querySelectorAll<HTMLInputElement>('[data-testid="measure-switch"] input'),
    ).find((i) => i.value === 'projected') as HTMLInputElement;
    projected.click();
    expect(navigate).toHaveBeenCalledWith([], {
      queryParams: { maal: 'projected' },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
    fixture.componentRef.setInput('maal', 'projected');
    await fixture.whenStable();
    const first = element.querySelector('[data-testid="heatmap-row"] [data-testid="heatmap-cell"]');
    expect(text(first)).toBe('73 %, ●●●○ n = 19');
  });

  it('offers the exports for the shown unit, and the scenario and demand pages to HR', async () => {
    await render();
    await answer();
    expect(element.querySelector('[data-testid="export-xlsx"]')?.getAttribute('href')).toBe(
      '/api/coverage?orgUnitId=bu&file=xlsx',
    );
    expect(element.querySelector('[data-testid="export-pdf"]')?.getAttribute('href')).toBe(
      '/api/coverage?orgUnitId=bu&file=pdf',
    );
    expect(element.querySelector('[data-testid="scenario-link"]')?.getAttribute('href')).toBe(
      '/overblik/scenarie?enhed=bu',
    );
    expect(text(element.querySelector('a[href="/overblik/efterspoergsel"]'))).toBe(
      'Efterspørgsel mod kataloget',
    );
  });

  it('shows the trend as a table (the chart is hidden from screen readers)', async () => {
    await render();
    await answer();
    const rows = Array.from(element.querySelectorAll('[data-testid="trend-table"] tbody tr')).map(
      text,
    );
    expect(rows).toEqual([
      'Ledelse med handlekraft 40 % 53 % +13 point',
      'Ledelse med hedekraft 70 % 84 % Skjult: handler om for få',
    ]);
    expect(element.querySelector('[data-testid="trend-chart"]')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
  });

  it('shows budget rows hidden below the limit and the targets with their status in words', async () => {
    await render();
    await answer();
    const budget = Array.from(
      element.querySelectorAll('[data-testid="budget-table"] tbody tr'),
    ).map((row) => Array.from(row.children, text).join(' | '));
    expect(budget[0]).toBe('I alt: Børn og Unge | 5 | 40.000 kr. | 65.000 kr. | 90 t');
    expect(budget[1]).toBe('Ledere direkte i Børn og Unge | Færre end 5');
    const target = text(element.querySelector('[data-testid="targets-table"] tbody tr'));
    expect(target).toContain('80 % senest 31-12-2027');
    expect(target).toContain('✔ Nået');
  });

  it('saves a target for the shown unit and reads the overview again', async () => {
    await render();
    await answer();
    (element.querySelector('[data-testid="target-add"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const form = element.querySelector('[data-testid="target-form"]') as HTMLFormElement;
    const percent = form.querySelector('input[type="number"]') as HTMLInputElement;
    percent.value = '70';
    percent.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const put = http.expectOne(coverageTargetUrl('bu', 'handlekraft'));
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toMatchObject({ targetPercent: 70 });
    put.flush(OVERVIEW.targets[0]);
    await settle(fixture);
    http.expectOne((r) => r.url === COVERAGE_URL).flush(OVERVIEW);
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="targets"] [role="status"]'))).toBe(
      'Målet er gemt.',
    );
  });

  it('says so when there is no round yet', async () => {
    await render();
    http
      .expectOne((r) => r.url === COVERAGE_URL)
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'Der er endnu ingen vurderingsrunde.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(fixture);
    const state = element.querySelector('[data-testid="overview-not-found"]');
    expect(text(state?.querySelector('h2'))).toBe('Overblikket kan ikke vises');
    expect(text(state?.querySelector('[role="alert"]'))).toBe(
      'Der er endnu ingen vurderingsrunde.',
    );
  });

  it('says so when the unit is outside the person’s area (404)', async () => {
    await render({ enhed: 'elsewhere' });
    http
      .expectOne((r) => r.url === COVERAGE_URL)
      .flush(
        {
          statusCode: 404,
          error: 'Not Found',
          message: 'Enheden findes ikke, eller du har ikke adgang til den i Overblik.',
        },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="overview-not-found"] [role="alert"]'))).toBe(
      'Enheden findes ikke, eller du har ikke adgang til den i Overblik.',
    );
  });
});
