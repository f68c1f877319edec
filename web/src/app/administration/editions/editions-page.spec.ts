import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { CSRF_HEADER, type FrameworkSummary } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { FRAMEWORKS_URL, editionUrl } from '../data-access/editions-api';
import { ADMIN_ME, EDITIONS, chooseFile } from '../testing/admin-fixtures';
import { EditionsPage } from './editions-page';

const [DRAFT, CURRENT] = EDITIONS;
const PUBLISHED: FrameworkSummary[] = [
  { ...DRAFT, status: 'published', current: true, publishedAt: '2026-12-01T09:00:00.000Z' },
  { ...CURRENT, status: 'retired', current: false, retiredAt: '2026-12-01T09:00:00.000Z' },
];

describe('EditionsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EditionsPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        // The dialog closes at once instead of after its exit animation.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(ADMIN_ME);
    await known;
    fixture = TestBed.createComponent(EditionsPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(FRAMEWORKS_URL).flush(EDITIONS);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  function button(name: string | RegExp, root: ParentNode = element): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find((b) =>
      typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
    );
    if (!found) throw new Error(`No button ${String(name)}`);
    return found;
  }

  function dialog(): HTMLElement | null {
    return document.querySelector('mat-dialog-container, [role="dialog"]');
  }

  it('lists the editions with status in words, publication date and counts', () => {
    const rows = Array.from(element.querySelectorAll('[data-testid="editions"] tbody tr')).map(
      (tr) =>
        Array.from(tr.querySelectorAll('th, td')).map((c) =>
          c.textContent?.replace(/\s+/g, ' ').trim(),
        ),
    );
    expect(rows).toEqual([
      [
        'Udgave 2',
        'Kladde',
        'Ikke udgivet',
        '4 kompetencer, 32 eksempler på adfærd',
        'Hent som JSON (Udgave 2)',
      ],
      [
        'Udgave 1',
        'Udgivet, Gældende',
        '27. november 2026',
        '4 kompetencer, 32 eksempler på adfærd',
        'Hent som JSON (Udgave 1)',
      ],
    ]);
    const draftLink = element.querySelector<HTMLAnchorElement>('.draft-panel a[download]');
    expect(draftLink?.getAttribute('href')).toBe('/api/frameworks/fw-2/export?format=json');
    const editLink = element.querySelector<HTMLAnchorElement>('.draft-panel__edit a');
    expect(editLink?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Rediger kladden (Kladde: udgave 2)',
    );
    expect(editLink?.getAttribute('href')).toBe('/administration/ledelsesgrundlag/fw-2/rediger');
  });

  it('asks before publishing, and publishes nothing when cancelled', async () => {
    button('Udgiv udgave 2').click();
    await settle(fixture);
    expect(dialog()?.textContent).toContain('Udgiv udgave 2?');
    expect(dialog()?.textContent).toContain('Den nuværende udgave 1 bliver udgået.');
    expect(dialog()?.textContent).toContain('En udgivet udgave kan aldrig ændres.');
    http.expectNone({ method: 'POST' });

    button('Annuller', dialog() as HTMLElement).click();
    await settle(fixture);
    expect(dialog()).toBeNull();
    http.expectNone({ method: 'POST' });
  });

  it('publishes after the confirmation, then reloads the editions and the current framework', async () => {
    button('Udgiv udgave 2').click();
    await settle(fixture);
    button('Udgiv', dialog() as HTMLElement).click();
    await settle(fixture);

    const request = http.expectOne({ method: 'POST', url: `${editionUrl('fw-2')}/publish` });
    expect(request.request.headers.get(CSRF_HEADER)).toBe('csrf-admin');
    request.flush(PUBLISHED[0]);
    await settle(fixture);
    http.expectOne(FRAMEWORKS_URL).flush(PUBLISHED);
    await settle(fixture);
    http.expectOne(CURRENT_FRAMEWORK_URL).flush({ ...FRAMEWORK_FIXTURE, edition: 2 });
    await settle(fixture);

    const status = element.querySelector('[role="status"]');
    expect(status?.textContent).toContain(
      'Udgave 2 er udgivet og er nu det gældende ledelsesgrundlag.',
    );
    expect(document.activeElement).toBe(status);
    expect(element.querySelector('.draft-panel')).toBeNull();
  });

  it('creates a new draft from the edition in force', async () => {
    button('Ny kladde').click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'POST', url: `${editionUrl('fw-1')}/drafts` })
      .flush({ ...DRAFT, id: 'fw-3', edition: 3 });
    await settle(fixture);
    http.expectOne(FRAMEWORKS_URL).flush([{ ...DRAFT, id: 'fw-3', edition: 3 }, ...EDITIONS]);
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Kladden, udgave 3, er oprettet.',
    );
  });

  it('uploads the edited JSON with PUT and shows where the API found problems', async () => {
    const input = element.querySelector<HTMLInputElement>('#draft-file-fw-2') as HTMLInputElement;
    chooseFile(input, new File(['{"schema":"lederloeft.framework/v1"}'], 'rettet.json'));
    button('Upload ændret JSON').click();
    await settle(fixture);

    const request = http.expectOne({ method: 'PUT', url: editionUrl('fw-2') });
    expect(request.request.body).toEqual({ schema: 'lederloeft.framework/v1' });
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ledelsesgrundlaget kan ikke indlæses: 1 fejl.',
        details: [{ path: 'competencies[0].title.da', message: 'Må ikke være tom.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Kladden blev ikke opdateret.');
    expect(alert?.textContent).toContain('competencies[0].title.da');
    expect(alert?.textContent).toContain('Må ikke være tom.');
  });

  it('says so when the chosen file is not JSON, without sending it', async () => {
    const input = element.querySelector<HTMLInputElement>('#draft-file-fw-2') as HTMLInputElement;
    chooseFile(input, new File(['ikke json'], 'noter.txt'));
    button('Upload ændret JSON').click();
    await settle(fixture);
    http.expectNone({ method: 'PUT' });
    expect(element.textContent).toContain('Filen er ikke gyldig JSON.');
  });
});
