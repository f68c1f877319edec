import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeResponse, PrioritySetView, UnitPrioritiesView } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { ORG_UNITS_URL } from '../data-access/interpretations-api';
import { unitPrioritiesUrl } from '../data-access/priorities-api';
import { DIRECTOR_ME, ORG_UNITS } from '../testing/admin-fixtures';
import { PrioritiesPage } from './priorities-page';

const YEAR = new Date().getFullYear();
const KEYS = FRAMEWORK_FIXTURE.competencies.map((c) => c.key);
const ones = Object.fromEntries(KEYS.map((k) => [k, 1]));

const BOERN_SET: PrioritySetView = {
  orgUnit: { id: 'u-boern', name: 'Børn og Unge' },
  year: YEAR,
  weights: { ...ones, hedekraft: 2 },
  note: 'Nye løsninger sammen med familierne.',
  setBy: { accountId: 'acc-director', name: 'Birgitte Direktør' },
  updatedAt: `${YEAR}-11-20T10:00:00.000Z`,
};

function inheritedView(unitId: string, name: string): UnitPrioritiesView {
  return {
    orgUnit: { id: unitId, name },
    year: YEAR,
    own: null,
    inherited: {
      year: YEAR,
      source: BOERN_SET.orgUnit,
      weights: BOERN_SET.weights,
      set: BOERN_SET,
    },
  };
}

describe('PrioritiesPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PrioritiesPage>;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(me: MeResponse): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me);
    await known;
    fixture = TestBed.createComponent(PrioritiesPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(ORG_UNITS_URL).flush(ORG_UNITS);
    await fixture.whenStable();
  }

  function treeNames(): string[] {
    return Array.from(element.querySelectorAll('[role="treeitem"] .org-tree__name')).map(
      (n) => n.textContent?.trim() ?? '',
    );
  }

  async function choose(unitId: string, view: UnitPrioritiesView): Promise<void> {
    (element.querySelector(`#org-unit-${unitId}`) as HTMLElement).click();
    await fixture.whenStable();
    http.expectOne(unitPrioritiesUrl(unitId, YEAR)).flush(view);
    await fixture.whenStable();
  }

  function weightSelect(key: string): HTMLSelectElement {
    return element.querySelector(`[data-testid="weight-${key}"]`) as HTMLSelectElement;
  }

  function button(name: string): HTMLButtonElement | undefined {
    return Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
  }

  it("shows a director only their area's units, and says which area", async () => {
    await render(DIRECTOR_ME);
    expect(treeNames()).toEqual(['Børn og Unge', 'Dagtilbud', 'Dagtilbud Nord']);
    expect(element.textContent).toContain('Du kan sætte prioriteter for dit område: Børn og Unge.');
    expect(element.textContent).toContain('Vælg en enhed i træet');
  });

  it('shows HR every unit, with the year to choose', async () => {
    await render(HR_ME);
    expect(treeNames()).toContain('Social og Sundhed');
    const years = Array.from(
      (element.querySelector('#prio-year') as HTMLSelectElement).options,
    ).map((o) => Number(o.value));
    expect(years).toEqual([YEAR - 1, YEAR, YEAR + 1, YEAR + 2]);
  });

  it('says where inherited weights come from, preset in the selects and in the chart', async () => {
    await render(DIRECTOR_ME);
    await choose('u-dagtilbud', inheritedView('u-dagtilbud', 'Dagtilbud'));
    const source = element.querySelector('[data-testid="priority-source"]')?.textContent ?? '';
    expect(source).toContain('Arvet');
    expect(source).toContain(
      `Arvet fra Børn og Unge. Gemmer du, får Dagtilbud sine egne prioriteter for ${YEAR}.`,
    );
    expect(element.textContent).toContain('Nye løsninger sammen med familierne.');
    expect(weightSelect('hedekraft').value).toBe('2');
    expect(weightSelect('handlekraft').value).toBe('1');
    // Each select is named after its competency and described by its summary.
    expect(weightSelect('hedekraft').getAttribute('aria-label')).toBe(
      'Vægt for Ledelse med hedekraft',
    );
    expect(weightSelect('hedekraft').getAttribute('aria-describedby')).toBe(
      'prio-summary-hedekraft',
    );
    const chart = element.querySelector('[data-testid="priority-chart"]')?.textContent ?? '';
    expect(chart).toContain(`Vægtene for Dagtilbud i ${YEAR}`);
    expect(chart).toMatch(/Ledelse med hedekraft\s*2/);
    // Nothing of its own to reset to.
    expect(button('Brug arvede prioriteter')).toBeUndefined();
  });

  it('saves the weights as the unit’s own set with PUT, and says so in a live region', async () => {
    await render(DIRECTOR_ME);
    await choose('u-dagtilbud', inheritedView('u-dagtilbud', 'Dagtilbud'));
    weightSelect('paa-tvaers').value = '2.5';
    weightSelect('paa-tvaers').dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="priority-chart"]')?.textContent).toMatch(
      /Ledelse på tværs\s*2,5/,
    );
    const note = element.querySelector('#prio-note') as HTMLTextAreaElement;
    note.value = 'Overgangen til skole.';
    note.dispatchEvent(new Event('input'));
    button('Gem prioriteter')?.click();
    await fixture.whenStable();
    const request = http.expectOne(unitPrioritiesUrl('u-dagtilbud', YEAR));
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      weights: KEYS.map((k) => ({
        competencyKey: k,
        weight: k === 'paa-tvaers' ? 2.5 : k === 'hedekraft' ? 2 : 1,
      })),
      note: 'Overgangen til skole.',
    });
    request.flush({
      ...BOERN_SET,
      orgUnit: { id: 'u-dagtilbud', name: 'Dagtilbud' },
      weights: request.request.body.weights.reduce(
        (all: Record<string, number>, w: { competencyKey: string; weight: number }) => ({
          ...all,
          [w.competencyKey]: w.weight,
        }),
        {},
      ),
      note: 'Overgangen til skole.',
    });
    await settle(fixture);
    expect(element.querySelector('[role="status"].prio-feedback')?.textContent).toContain(
      `Prioriteterne for Dagtilbud i ${YEAR} er gemt.`,
    );
    expect(element.querySelector('[data-testid="priority-source"]')?.textContent).toContain(
      'Enhedens egne prioriteter, sat af Birgitte Direktør',
    );
    expect(weightSelect('paa-tvaers').value).toBe('2.5');
    expect(button('Brug arvede prioriteter')).toBeDefined();
  });

  it('goes back to the inherited weights with DELETE', async () => {
    await render(DIRECTOR_ME);
    await choose('u-dagtilbud', {
      ...inheritedView('u-dagtilbud', 'Dagtilbud'),
      own: {
        ...BOERN_SET,
        orgUnit: { id: 'u-dagtilbud', name: 'Dagtilbud' },
        weights: { hedekraft: 3 },
      },
    });
    expect(weightSelect('hedekraft').value).toBe('3');
    // Left out of the own set: 1, not the inherited 2 (inheritance is by whole set).
    expect(weightSelect('handlekraft').value).toBe('1');
    button('Brug arvede prioriteter')?.click();
    await fixture.whenStable();
    const request = http.expectOne(unitPrioritiesUrl('u-dagtilbud', YEAR));
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(weightSelect('hedekraft').value).toBe('2');
    expect(element.textContent).toContain(`Dagtilbud bruger nu de arvede prioriteter for ${YEAR}.`);
    expect(document.activeElement?.id).toBe('prio-unit-heading');
  });

  it('shows the API’s Danish reasons when saving fails', async () => {
    await render(HR_ME);
    await choose('u-social', {
      orgUnit: { id: 'u-social', name: 'Social og Sundhed' },
      year: YEAR,
      own: null,
      inherited: { year: YEAR, source: null, weights: ones, set: null },
    });
    expect(element.querySelector('[data-testid="priority-source"]')?.textContent).toContain(
      `Ingen enhed over Social og Sundhed har prioriteter for ${YEAR}, så alle kompetencer vægter 1.`,
    );
    button('Gem prioriteter')?.click();
    await fixture.whenStable();
    http.expectOne(unitPrioritiesUrl('u-social', YEAR)).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'De strategiske prioriteter er ikke gyldige.',
        code: 'VALIDATION_FAILED',
        details: [{ path: 'year', message: 'Året skal ligge mellem 2025 og 2028.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Året skal ligge mellem 2025 og 2028.',
    );
  });

  it('loads the chosen unit again for another year', async () => {
    await render(DIRECTOR_ME);
    await choose('u-dagtilbud', inheritedView('u-dagtilbud', 'Dagtilbud'));
    const year = element.querySelector('#prio-year') as HTMLSelectElement;
    year.value = String(YEAR + 1);
    year.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const request = http.expectOne(unitPrioritiesUrl('u-dagtilbud', YEAR + 1));
    request.flush({ ...inheritedView('u-dagtilbud', 'Dagtilbud'), year: YEAR + 1 });
    await fixture.whenStable();
    expect(element.querySelector('h2#prio-unit-heading')?.textContent).toContain(
      `Dagtilbud i ${YEAR + 1}`,
    );
  });
});
