import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { HR_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { COVERAGE_DEMAND_URL } from '../data-access/overview-api';
import { DEMAND } from '../testing/overview-fixtures';
import { DemandPage } from './demand-page';

describe('DemandPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<DemandPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        // The chart is drawn on a canvas jsdom lacks; the tables carry the same figures.
        provideEchartsCore({ echarts: () => new Promise<never>(() => undefined) }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const me = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(HR_ME);
    await me;
    fixture = TestBed.createComponent(DemandPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  const text = (node: Element | null | undefined) =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const cells = (row: Element) => Array.from(row.children, text);

  async function answer(): Promise<void> {
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne((r) => r.url === COVERAGE_DEMAND_URL).flush(DEMAND);
    await settle(fixture);
  }

  it('lists the unmet demand largest first with the framework’s words, hidden counts in words', async () => {
    await answer();
    const rows = Array.from(element.querySelectorAll('[data-testid="unmet-row"]')).map(cells);
    expect(rows).toEqual([
      [
        'Adfærd 2 i handlekraft (frame) Ledelse med handlekraft',
        '11',
        '6',
        '5',
        'Opret et tilbud: Adfærd 2 i handlekraft (frame)',
      ],
      [
        'Ledelse med hedekraft (kompetencen som helhed)',
        'Færre end 5',
        '0',
        'Færre end 5',
        'Opret et tilbud: Ledelse med hedekraft',
      ],
    ]);
  });

  it('links each unmet gap to a new offer prefilled with its competency and behaviour', async () => {
    await answer();
    const links = Array.from(
      element.querySelectorAll<HTMLAnchorElement>('[data-testid="create-offer"]'),
    ).map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/kursuskatalog/nyt?kompetence=handlekraft&adfaerd=handlekraft.b2',
      '/kursuskatalog/nyt?kompetence=hedekraft',
    ]);
  });

  it('shows supply per competency and the sessions most asked for', async () => {
    await answer();
    const supply = Array.from(
      element.querySelectorAll('[data-testid="demand-supply"] tbody tr'),
    ).map(cells);
    expect(supply[0]).toEqual(['Ledelse med handlekraft', '14', '2 / 1', '6', '14 af 20', '3']);
    expect(supply[1]?.[1]).toBe('Færre end 5');
    const sessions = Array.from(
      element.querySelectorAll('[data-testid="demand-sessions"] tbody tr'),
    ).map(cells);
    expect(sessions).toEqual([
      ['Ledelse i forandring', '01-02-2027 – 02-02-2027, Ikast', '14 af 20', '3'],
    ]);
  });

  it('says what failed and reads again on retry', async () => {
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http
      .expectOne((r) => r.url === COVERAGE_DEMAND_URL)
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'Kun HR og administratorer.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle(fixture);
    expect(text(element.querySelector('[role="alert"]'))).toBe('Kun HR og administratorer.');
    (element.querySelector('.ll-state button') as HTMLButtonElement).click();
    http.expectOne((r) => r.url === COVERAGE_DEMAND_URL).flush(DEMAND);
    await settle(fixture);
    expect(element.querySelectorAll('[data-testid="unmet-row"]')).toHaveLength(2);
  });
});
