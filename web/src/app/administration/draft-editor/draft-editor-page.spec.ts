import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { provideRouter } from '@angular/router';
import { CSRF_HEADER, type FrameworkDocument, type FrameworkSummary } from '@lederloeft/contracts';
import { IKAST_BRANDE_FRAMEWORK } from '@lederloeft/domain';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { unsavedChangesGuard } from '../../my-development/unsaved-changes.guard';
import { settle } from '../../testing/settle';
import { FRAMEWORKS_URL, editionExportUrl, editionUrl } from '../data-access/editions-api';
import { ADMIN_ME, EDITIONS } from '../testing/admin-fixtures';
import { DraftEditorPage } from './draft-editor-page';

/** Test data only: the first two competencies of the seed keep the page small. */
function draftDocument(): FrameworkDocument {
  const doc = JSON.parse(JSON.stringify(IKAST_BRANDE_FRAMEWORK)) as FrameworkDocument;
  return { ...doc, competencies: doc.competencies.slice(0, 2) };
}

const [DRAFT] = EDITIONS;
const BORGERNE_FIRST = IKAST_BRANDE_FRAMEWORK.competencies[1].behaviours[0];

describe('DraftEditorPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<DraftEditorPage>;
  let element: HTMLElement;

  async function open(id = 'fw-2', editions: FrameworkSummary[] = EDITIONS): Promise<void> {
    fixture = TestBed.createComponent(DraftEditorPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', id);
    await fixture.whenStable();
    http.expectOne(FRAMEWORKS_URL).flush(editions);
    await settle(fixture);
  }

  async function openDraft(): Promise<void> {
    await open();
    http.expectOne(editionExportUrl('fw-2')).flush(draftDocument());
    http.expectOne(editionExportUrl('fw-1')).flush(draftDocument());
    await settle(fixture);
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(ADMIN_ME);
    await known;
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
    jest.restoreAllMocks();
  });

  function section(key: string): HTMLElement {
    const found = element.querySelector<HTMLElement>(`[data-testid="competency-${key}"]`);
    if (!found) throw new Error(`No section ${key}`);
    return found;
  }

  function field(root: ParentNode, label: string): HTMLInputElement | HTMLTextAreaElement {
    const labels = Array.from(root.querySelectorAll('label'));
    const found = labels.find((l) => l.textContent?.replace(/\s+/g, ' ').trim() === label);
    const id = found?.getAttribute('for');
    const control = id ? document.getElementById(id) : null;
    if (!control) throw new Error(`No field ${label}`);
    return control as HTMLInputElement | HTMLTextAreaElement;
  }

  async function type(control: HTMLInputElement | HTMLTextAreaElement, text: string) {
    control.value = text;
    control.dispatchEvent(new Event('input'));
    control.dispatchEvent(new Event('blur'));
    await settle(fixture);
  }

  function button(name: string | RegExp, root: ParentNode = element): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find((b) => {
      const text = b.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return typeof name === 'string' ? text === name : name.test(text);
    });
    if (!found) throw new Error(`No button ${String(name)}`);
    return found;
  }

  function status(): string {
    return element.querySelector('[data-testid="draft-status"]')?.textContent?.trim() ?? '';
  }

  async function save(): Promise<void> {
    button('Gem kladde').click();
    await settle(fixture);
  }

  it('shows the whole draft in both languages, keys read-only, and no differences yet', async () => {
    await openDraft();
    expect(element.querySelector('h1')?.textContent).toContain('Rediger kladde: udgave 2');
    const borgerne = section('borgerne-i-centrum');
    expect(borgerne.querySelector('h2')?.textContent?.trim()).toBe(
      'Ledelse med borgerne i centrum',
    );
    expect(field(borgerne, 'Eksempel 1 (sætter rammen), Dansk').value).toBe(BORGERNE_FIRST.text.da);
    expect(field(borgerne, 'Eksempel 1 (sætter rammen), Engelsk').value).toBe(
      BORGERNE_FIRST.text.en,
    );
    expect(field(borgerne, 'Eksempel 1 (sætter rammen), Engelsk').getAttribute('lang')).toBe('en');
    expect(borgerne.textContent).toContain(`Nøgle: ${BORGERNE_FIRST.key}`);
    // The key is shown, not editable: no field holds it.
    const values = Array.from(borgerne.querySelectorAll('input, textarea')).map(
      (c) => (c as HTMLInputElement).value,
    );
    expect(values).not.toContain(BORGERNE_FIRST.key);
    expect(element.querySelector('[data-testid="value-ordentlighed"]')).not.toBeNull();
    expect(status()).toBe('Ingen ændringer endnu.');
    expect(element.querySelector('[data-testid="draft-changes"]')?.textContent).toContain(
      'Den gemte kladde er magen til udgave 1.',
    );
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('saves the whole document with PUT, says "Gemt", and counts the difference', async () => {
    await openDraft();
    const borgerne = section('borgerne-i-centrum');
    await type(
      field(borgerne, 'Eksempel 1 (sætter rammen), Dansk'),
      'Se borgeren som en ligeværdig partner.',
    );
    expect(status()).toBe('Du har ændringer, der ikke er gemt.');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);

    await save();
    const request = http.expectOne({ method: 'PUT', url: editionUrl('fw-2') });
    expect(request.request.headers.get(CSRF_HEADER)).toBe('csrf-admin');
    const expected = draftDocument();
    expected.competencies[1].behaviours[0].text.da = 'Se borgeren som en ligeværdig partner.';
    expect(request.request.body).toEqual(expected);
    request.flush(DRAFT);
    await settle(fixture);

    expect(status()).toMatch(/^Gemt kl\. \d{2}[.:]\d{2}\.$/);
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
    const changes = element.querySelector('[data-testid="draft-changes"]')?.textContent;
    expect(changes).toContain('Den gemte kladde sammenlignet med udgave 1:');
    expect(changes).toContain('1 tekst ændret');
  });

  it('stops a save with an emptied required field, names it, and leads to it', async () => {
    await openDraft();
    const handlekraft = section('handlekraft');
    const summary = field(handlekraft, 'Resumé, Dansk');
    await type(summary, '   ');
    // Optional texts may be blank.
    await type(field(handlekraft, 'Fordi, Engelsk'), '');
    await save();
    http.expectNone({ method: 'PUT' });

    const alert = element.querySelector<HTMLElement>('[data-testid="draft-errors"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(alert);
    const links = Array.from(alert?.querySelectorAll('a') ?? []).map((a) => a.textContent?.trim());
    expect(links).toEqual(['Ledelse med handlekraft › Resumé, dansk: Skriv teksten på dansk.']);
    expect(summary.closest('mat-form-field')?.textContent).toContain('Skriv teksten på dansk.');
    expect(summary.getAttribute('aria-invalid')).toBe('true');

    (alert?.querySelector('a') as HTMLAnchorElement).click();
    expect(document.activeElement).toBe(summary);

    await type(summary, 'Et nyt resumé.');
    await save();
    http.expectOne({ method: 'PUT', url: editionUrl('fw-2') }).flush(DRAFT);
    await settle(fixture);
    expect(element.querySelector('[data-testid="draft-errors"]')).toBeNull();
    expect(status()).toMatch(/^Gemt/);
  });

  it("shows the API's Danish errors in the summary and at the field they name", async () => {
    await openDraft();
    await type(field(section('handlekraft'), 'Navn, Engelsk'), 'Leadership with drive!');
    await save();
    http.expectOne({ method: 'PUT', url: editionUrl('fw-2') }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ledelsesgrundlaget kan ikke indlæses: 2 fejl.',
        code: 'VALIDATION_FAILED',
        details: [
          { path: 'competencies[0].title.en', message: 'Teksten er for lang.' },
          { path: 'owner', message: 'Ejeren (kommunen) skal angives.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    const alert = element.querySelector('[data-testid="draft-errors"]');
    expect(alert?.textContent).toContain('Kladden blev ikke gemt');
    expect(alert?.textContent).toContain('Ledelsesgrundlaget kan ikke indlæses: 2 fejl.');
    expect(alert?.textContent).toContain(
      'Ledelse med handlekraft › Navn, engelsk: Teksten er for lang.',
    );
    expect(alert?.textContent).toContain('owner: Ejeren (kommunen) skal angives.');
    const title = field(section('handlekraft'), 'Navn, Engelsk');
    expect(title.closest('mat-form-field')?.textContent).toContain('Teksten er for lang.');
    expect(status()).toBe('Du har ændringer, der ikke er gemt.');
  });

  it('adds, moves and removes behaviours with buttons, keeping focus, and sends a new key', async () => {
    await openDraft();
    const borgerne = section('borgerne-i-centrum');
    button('Tilføj eksempel (personlig adfærd)', borgerne).click();
    await settle(fixture);
    const added = field(borgerne, 'Eksempel 5 (personlig adfærd), Dansk');
    expect(document.activeElement).toBe(added);
    expect(borgerne.textContent).toContain('Eksempel 5 (personlig adfærd) er tilføjet.');
    await type(added, 'Holde borgermøder hvert kvartal');
    await type(
      field(borgerne, 'Eksempel 5 (personlig adfærd), Engelsk'),
      'Hold citizen meetings every quarter',
    );
    expect(borgerne.textContent).toContain(
      'Ny – får nøglen borgerne-i-centrum.holde-borgermoeder-hvert-kvartal, når du gemmer',
    );

    const up = button('↑ Flyt op: Eksempel 5 (personlig adfærd)', borgerne);
    up.click();
    await settle(fixture);
    expect(field(borgerne, 'Eksempel 4 (personlig adfærd), Dansk').value).toBe(
      'Holde borgermøder hvert kvartal',
    );
    expect(document.activeElement?.textContent).toContain('Flyt op: Eksempel 4 (personlig adfærd)');
    expect(borgerne.textContent).toContain('Eksempel 5 (personlig adfærd) er flyttet til nr. 4.');

    // The first behaviour of a group cannot go further up.
    const firstUp = button('↑ Flyt op: Eksempel 1 (personlig adfærd)', borgerne);
    expect(firstUp.getAttribute('aria-disabled')).toBe('true');
    button('Fjern: Eksempel 2 (sætter rammen)', borgerne).click();
    await settle(fixture);

    await save();
    const request = http.expectOne({ method: 'PUT', url: editionUrl('fw-2') });
    const sent = (request.request.body as FrameworkDocument).competencies[1].behaviours;
    const original = IKAST_BRANDE_FRAMEWORK.competencies[1].behaviours;
    expect(sent.map((b) => b.key)).toEqual([
      original[0].key,
      ...original.slice(2, 5).map((b) => b.key),
      original[5].key,
      original[6].key,
      original[7].key,
      'borgerne-i-centrum.holde-borgermoeder-hvert-kvartal',
      original[8].key,
    ]);
    expect(sent[7]).toEqual({
      key: 'borgerne-i-centrum.holde-borgermoeder-hvert-kvartal',
      group: 'personal',
      text: { da: 'Holde borgermøder hvert kvartal', en: 'Hold citizen meetings every quarter' },
    });
    request.flush(DRAFT);
    await settle(fixture);
    // Saved: the new behaviour keeps its key from now on.
    expect(borgerne.textContent).toContain(
      'Nøgle: borgerne-i-centrum.holde-borgermoeder-hvert-kvartal',
    );
  });

  it('asks before leaving with unsaved changes, and asks to save before publishing', async () => {
    await openDraft();
    await type(field(section('handlekraft'), 'Navn, Dansk'), 'Ledelse med kraft');
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    const left = TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        fixture.componentInstance,
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    );
    expect(left).toBe(false);
    expect(confirm).toHaveBeenCalledWith(
      'Du har ændringer i kladden, der ikke er gemt. Vil du forlade siden alligevel?',
    );

    button('Udgiv udgave 2').click();
    await settle(fixture);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Gem dine ændringer, før du udgiver kladden.');
    expect(document.activeElement).toBe(alert);
  });

  it('publishes after the confirmation and says so, with the way to the published text', async () => {
    await openDraft();
    button('Udgiv udgave 2').click();
    await settle(fixture);
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Udgiv udgave 2?');
    button('Udgiv', dialog).click();
    await settle(fixture);

    http
      .expectOne({ method: 'POST', url: `${editionUrl('fw-2')}/publish` })
      .flush({ ...DRAFT, status: 'published', current: true });
    await settle(fixture);
    http.expectOne(CURRENT_FRAMEWORK_URL).flush({ ...FRAMEWORK_FIXTURE, edition: 2 });
    await settle(fixture);

    const published = element.querySelector('[data-testid="draft-published"]');
    expect(published?.textContent).toContain(
      'Udgave 2 er udgivet og er nu det gældende ledelsesgrundlag.',
    );
    expect(document.activeElement).toBe(published);
    expect(published?.querySelector('a')?.getAttribute('href')).toBe('/ledelsesgrundlag');
    expect(element.querySelector('form')).toBeNull();
  });

  it('says when the draft cannot be read, and reads it again on request', async () => {
    fixture = TestBed.createComponent(DraftEditorPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', 'fw-2');
    await fixture.whenStable();
    http.expectOne(FRAMEWORKS_URL).flush(null, { status: 503, statusText: 'Service Unavailable' });
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toBeTruthy();
    expect(element.querySelector('form')).toBeNull();

    button('Prøv igen').click();
    await settle(fixture);
    http.expectOne(FRAMEWORKS_URL).flush(EDITIONS);
    await settle(fixture);
    http.expectOne(editionExportUrl('fw-2')).flush(draftDocument());
    http.expectOne(editionExportUrl('fw-1')).flush(draftDocument());
    await settle(fixture);
    expect(element.querySelector('form#draft-form')).not.toBeNull();
  });

  it('says when the edition does not exist or is no longer a draft', async () => {
    await open('fw-9');
    expect(element.textContent).toContain('Udgaven findes ikke');
    fixture.destroy();

    await open('fw-1');
    http.expectOne(editionExportUrl('fw-1')).flush(draftDocument());
    await settle(fixture);
    expect(element.querySelector('[data-testid="draft-not-editable"]')?.textContent).toContain(
      'Udgave 1 er ikke en kladde',
    );
    expect(element.querySelector('form')).toBeNull();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });
});
