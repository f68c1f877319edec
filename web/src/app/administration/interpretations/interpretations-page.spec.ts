import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CSRF_HEADER, type LocalInterpretationView, type MeResponse } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import {
  ORG_UNITS_URL,
  interpretationUrl,
  interpretationsUrl,
} from '../data-access/interpretations-api';
import { ADMIN_ME, DIRECTOR_ME, ORG_UNITS } from '../testing/admin-fixtures';
import { InterpretationsPage } from './interpretations-page';

const EXISTING: LocalInterpretationView = {
  orgUnit: { id: 'u-dagtilbud', name: 'Dagtilbud' },
  frameworkId: 'fw-1',
  elementKey: 'handlekraft.b1',
  text: { da: 'Hos os betyder det ro på.', en: '' },
  updatedAt: '2026-11-20T10:00:00.000Z',
};

describe('InterpretationsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<InterpretationsPage>;
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
    fixture = TestBed.createComponent(InterpretationsPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(ORG_UNITS_URL).flush(ORG_UNITS);
    await fixture.whenStable();
  }

  function unitSelect(): HTMLSelectElement {
    return element.querySelector('select#interp-unit') as HTMLSelectElement;
  }

  function optionTexts(): string[] {
    return Array.from(unitSelect().options).map((o) => o.textContent?.trim() ?? '');
  }

  async function choose(unitId: string, answer: LocalInterpretationView[] = []): Promise<void> {
    unitSelect().value = unitId;
    unitSelect().dispatchEvent(new Event('change'));
    await fixture.whenStable();
    http.expectOne(interpretationsUrl(unitId)).flush(answer);
    await fixture.whenStable();
  }

  function buttons(name: string): HTMLButtonElement[] {
    return Array.from(element.querySelectorAll('button')).filter(
      (b) => b.textContent?.trim() === name,
    );
  }

  it('offers a director only the units under their scope, and says which scope', async () => {
    await render(DIRECTOR_ME);
    expect(optionTexts()).toEqual([
      'Vælg en enhed',
      'Børn og Unge (fagområde)',
      'Dagtilbud (afdeling)',
      'Dagtilbud Nord (enhed)',
    ]);
    expect(element.textContent).toContain(
      'Du kan skrive fortolkninger for dit område: Børn og Unge.',
    );
  });

  it('offers an admin every unit', async () => {
    await render(ADMIN_ME);
    expect(optionTexts()).toHaveLength(ORG_UNITS.length + 1);
    expect(element.textContent).not.toContain('dit område');
    expect(element.textContent).toContain('Vælg en enhed for at se og skrive');
  });

  it("shows each competency and behaviour beside the unit's interpretation", async () => {
    await render(DIRECTOR_ME);
    await choose('u-dagtilbud', [EXISTING]);
    expect(element.textContent).toContain('Dagtilbud har 1 fortolkning.');
    const headings = Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      'Ledelse med handlekraft',
      'Ledelse med borgerne i centrum',
      'Ledelse på tværs',
      'Ledelse med hedekraft',
    ]);
    // 4 competencies and 14 behaviours in the fixture; one has an interpretation.
    expect(buttons('Skriv fortolkning')).toHaveLength(17);
    expect(buttons('Ret fortolkning')).toHaveLength(1);
    expect(element.textContent).toContain('Hos os betyder det ro på.');
  });

  it('writes an interpretation with PUT, the edition and both languages', async () => {
    await render(DIRECTOR_ME);
    await choose('u-nord');
    buttons('Skriv fortolkning')[0].click();
    await fixture.whenStable();

    const da = element.querySelector('textarea#interp-handlekraft-da') as HTMLTextAreaElement;
    const en = element.querySelector('textarea#interp-handlekraft-en') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(da);
    expect(element.querySelector(`label[for="${da.id}"]`)?.textContent).toContain(
      'Fortolkning på dansk',
    );
    expect(element.querySelector('legend')?.textContent).toContain(
      'Fortolkning for Dagtilbud Nord',
    );

    buttons('Gem fortolkning')[0].click();
    await fixture.whenStable();
    http.expectNone({ method: 'PUT' });
    expect(element.textContent).toContain('Skriv fortolkningen på dansk.');

    da.value = ' Handlekraft hos os ';
    da.dispatchEvent(new Event('input'));
    en.value = 'Drive here';
    en.dispatchEvent(new Event('input'));
    buttons('Gem fortolkning')[0].click();
    await fixture.whenStable();
    const request = http.expectOne({
      method: 'PUT',
      url: interpretationUrl('u-nord', 'handlekraft'),
    });
    expect(request.request.headers.get(CSRF_HEADER)).toBe('csrf-director');
    expect(request.request.body).toEqual({
      frameworkId: 'fw-1',
      text: { da: 'Handlekraft hos os', en: 'Drive here' },
    });
    request.flush({
      ...EXISTING,
      orgUnit: { id: 'u-nord', name: 'Dagtilbud Nord' },
      elementKey: 'handlekraft',
      text: { da: 'Handlekraft hos os', en: 'Drive here' },
    });
    await settle(fixture);

    expect(element.textContent).toContain('Fortolkningen er gemt.');
    expect(element.textContent).toContain('Handlekraft hos os');
    expect(document.activeElement?.textContent?.trim()).toBe('Ret fortolkning');
  });

  it('deletes an interpretation after the browser asks', async () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
    await render(ADMIN_ME);
    await choose('u-dagtilbud', [EXISTING]);
    buttons('Slet fortolkning')[0].click();
    await fixture.whenStable();
    expect(confirm).toHaveBeenCalled();
    const request = http.expectOne(
      (r) => r.method === 'DELETE' && r.url === interpretationUrl('u-dagtilbud', 'handlekraft.b1'),
    );
    expect(request.request.params.get('frameworkId')).toBe('fw-1');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(element.textContent).toContain('Fortolkningen er slettet.');
    expect(buttons('Ret fortolkning')).toHaveLength(0);
    confirm.mockRestore();
  });
});
