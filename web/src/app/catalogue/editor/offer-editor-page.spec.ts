import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { OfferFields } from '@lederloeft/contracts';
import { LEVELS } from '../../administration/testing/admin-fixtures';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { CATALOGUE_LEVELS_URL, OFFERS_URL, offerUrl } from '../data-access/catalogue-api';
import { CatalogueNotice } from '../data-access/catalogue-notice';
import { OFFER } from '../testing/catalogue-fixtures';
import { OfferEditorPage } from './offer-editor-page';
import { unsavedOfferGuard } from './unsaved-offer.guard';

@Component({ template: '' })
class StubPage {}

describe('OfferEditorPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OfferEditorPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'kursuskatalog/:id', component: StubPage }]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(HR_ME);
    await known;
  });

  afterEach(() => http.verify());

  async function open(id?: string, query: Record<string, string> = {}): Promise<void> {
    fixture = TestBed.createComponent(OfferEditorPage);
    if (id) {
      fixture.componentRef.setInput('id', id);
    }
    for (const [key, value] of Object.entries(query)) fixture.componentRef.setInput(key, value);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(CATALOGUE_LEVELS_URL).flush(LEVELS);
    if (id) {
      http.expectOne({ method: 'GET', url: offerUrl(id) }).flush(OFFER);
    }
    await settle(fixture);
  }

  function text(node: Element | null | undefined): string {
    return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function field(id: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
    return element.querySelector(`#${id}`) as HTMLInputElement;
  }

  function type(id: string, value: string): void {
    const input = field(id);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  function click(selector: string): void {
    (element.querySelector(selector) as HTMLElement).click();
  }

  async function save(): Promise<void> {
    click('button[type="submit"]');
    await settle(fixture);
  }

  function page(): OfferEditorPage {
    return fixture.componentInstance;
  }

  it('lists what is missing, linked to the fields, and sends nothing', async () => {
    await open();
    expect(text(element.querySelector('h1'))).toBe('Nyt tilbud');
    await save();
    const summary = element.querySelector('.ll-error-summary[role="alert"]');
    expect(text(summary?.querySelector('h2'))).toBe('Ret 7 felter, før du gemmer:');
    expect(Array.from(summary?.querySelectorAll('a') ?? []).map(text)).toEqual([
      'Kode: Udfyld feltet.',
      'Titel: Udfyld feltet.',
      'Type: Udfyld feltet.',
      'Udbyder: Udfyld feltet.',
      'Form: Udfyld feltet.',
      'Timer: Udfyld feltet.',
      'Pris: Udfyld feltet.',
    ]);
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('#offer-code');
    (summary?.querySelector('a') as HTMLElement).click();
    expect(document.activeElement).toBe(field('offer-code'));
    http.expectNone(OFFERS_URL);
  });

  it('checks codes, numbers and the place as the API does, in Danish', async () => {
    await open();
    type('offer-code', 'LED 101');
    type('offer-format', 'blended');
    type('offer-hours', '0');
    type('offer-price', '12.500,505');
    type('offer-ects', '7,55');
    type('offer-contactEmail', 'mette@');
    await save();
    const items = Array.from(element.querySelectorAll('.ll-error-summary a')).map(text);
    expect(items).toEqual([
      'Kode: Brug kun bogstaver, tal og tegnene . _ - / uden mellemrum, fx LED-101.',
      'Titel: Udfyld feltet.',
      'Type: Udfyld feltet.',
      'Udbyder: Udfyld feltet.',
      'Sted: Skriv stedet, når man mødes fysisk.',
      'Timer: Skriv et antal timer over 0.',
      'Pris: Brug højst to decimaler, fx 12.500,50.',
      'ECTS-point: Brug højst én decimal, fx 7,5.',
      'Kontakt e-mail: Skriv en gyldig e-mailadresse, fx navn@ikast-brande.dk.',
    ]);
    // Online offers need no place.
    type('offer-format', 'online');
    await fixture.whenStable();
    expect(element.textContent).not.toContain('Skriv stedet');
  });

  it('creates a draft with the effects set in the grid, and goes to the new offer', async () => {
    await open();
    type('offer-code', 'LED-200');
    type('offer-title', 'Svære samtaler på tværs');
    type('offer-kind', 'course');
    type('offer-provider', 'Ikast-Brande Kommune');
    type('offer-description', 'To dage.');
    type('offer-format', 'in-person');
    type('offer-location', 'Ikast');
    type('offer-hours', '14,5');
    type('offer-price', '4.750,50');
    click('#offer-priceIsIndicative-input');
    click('#offer-level-chef-input');

    // One click per competency, then tick the behaviours it trains.
    click('#effect-handlekraft-strong');
    await fixture.whenStable();
    expect(text(element.querySelector('.effects__behaviours legend'))).toBe(
      'Adfærd, tilbuddet træner (0 valgt)',
    );
    click('#behaviour-handlekraft-b3');
    click('#behaviour-handlekraft-b1');
    click('#effect-paa-tvaers-some');
    click('#effect-hedekraft-strong');
    await fixture.whenStable();
    click('#effect-hedekraft-none');
    await fixture.whenStable();
    expect(text(element.querySelector('.effects__behaviours legend'))).toBe(
      'Adfærd, tilbuddet træner (2 valgt)',
    );
    expect(page().hasUnsavedChanges()).toBe(true);

    await save();
    const request = http.expectOne({ method: 'POST', url: OFFERS_URL });
    const expected: OfferFields = {
      code: 'LED-200',
      kind: 'course',
      title: 'Svære samtaler på tværs',
      provider: 'Ikast-Brande Kommune',
      description: 'To dage.',
      format: 'in-person',
      language: 'da',
      location: 'Ikast',
      hours: 14.5,
      priceDkk: 4750.5,
      priceIncludesVat: false,
      priceIsIndicative: true,
      ects: null,
      targetLevels: ['chef'],
      prerequisites: '',
      onDemand: false,
      contactName: '',
      contactEmail: '',
      effects: [
        {
          competencyKey: 'handlekraft',
          strength: 'strong',
          behaviourKeys: ['handlekraft.b1', 'handlekraft.b3'],
        },
        { competencyKey: 'paa-tvaers', strength: 'some', behaviourKeys: [] },
      ],
    };
    expect(request.request.body).toEqual(expected);
    request.flush({ ...OFFER, ...expected, id: 'offer-new', status: 'draft', version: 1 });
    await settle(fixture);
    expect(TestBed.inject(Router).url).toBe('/kursuskatalog/offer-new');
    expect(TestBed.inject(CatalogueNotice).take()).toBe(
      '»Svære samtaler på tværs« er oprettet som kladde. Tilføj hold, og udgiv det, når det er klar.',
    );
    expect(page().hasUnsavedChanges()).toBe(false);
  });

  it('presets the competency and behaviour asked for from Overblik as a strong effect', async () => {
    await open(undefined, { kompetence: 'hedekraft', adfaerd: 'hedekraft.b2' });
    expect(text(element.querySelector('[data-testid="offer-prefilled"]'))).toContain('Overblik');
    expect((field('effect-hedekraft-strong') as HTMLInputElement).checked).toBe(true);
    expect((field('behaviour-hedekraft-b2') as HTMLInputElement).checked).toBe(true);
    expect((field('behaviour-hedekraft-b1') as HTMLInputElement).checked).toBe(false);
    expect((field('effect-handlekraft-none') as HTMLInputElement).checked).toBe(true);
  });

  it('ignores a behaviour that is not of the competency asked for', async () => {
    await open(undefined, { kompetence: 'hedekraft', adfaerd: 'handlekraft.b1' });
    expect((field('effect-hedekraft-strong') as HTMLInputElement).checked).toBe(true);
    expect(text(element.querySelector('.effects__behaviours legend'))).toBe(
      'Adfærd, tilbuddet træner (0 valgt)',
    );
  });

  it('fills the form from the offer and sends the version read with the edit', async () => {
    await open('offer-1');
    expect(text(element.querySelector('h1'))).toBe('Redigér tilbud');
    expect(field('offer-hours').value).toBe('14,5');
    expect(field('offer-price').value).toBe('12.500');
    expect(field('offer-kind').value).toBe('course');
    expect((element.querySelector('#effect-handlekraft-strong') as HTMLInputElement).checked).toBe(
      true,
    );
    expect((element.querySelector('#effect-paa-tvaers-some') as HTMLInputElement).checked).toBe(
      true,
    );
    expect((element.querySelector('#behaviour-handlekraft-b2') as HTMLInputElement).checked).toBe(
      true,
    );
    expect(page().hasUnsavedChanges()).toBe(false);

    type('offer-title', 'Svære samtaler, 2. udgave');
    await fixture.whenStable();
    expect(page().hasUnsavedChanges()).toBe(true);
    expect(element.textContent).toContain('Du har ændringer, som ikke er gemt.');
    await save();
    const request = http.expectOne({ method: 'PATCH', url: offerUrl('offer-1') });
    expect(request.request.body).toMatchObject({
      version: 3,
      title: 'Svære samtaler, 2. udgave',
      hours: 14.5,
      priceDkk: 12500,
      targetLevels: ['foerstelinjeleder'],
      effects: OFFER.effects,
    });
    request.flush({ ...OFFER, title: 'Svære samtaler, 2. udgave', version: 4 });
    await settle(fixture);
    expect(TestBed.inject(Router).url).toBe('/kursuskatalog/offer-1');
  });

  it('explains a stale version and offers to load the latest, and names fields in API errors', async () => {
    await open('offer-1');
    type('offer-code', 'LED-102');
    await save();
    http.expectOne({ method: 'PATCH', url: offerUrl('offer-1') }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Tilbuddet er ugyldigt.',
        details: [
          { path: 'code', message: 'Koden LED-102 er i brug.' },
          { path: 'effects[0].behaviourKeys[1]', message: 'Adfærden hører ikke til.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    let alert = element.querySelector('[role="alert"]');
    expect(text(alert?.querySelector('p'))).toBe(
      'Tilbuddet blev ikke gemt. Tilbuddet er ugyldigt.',
    );
    expect(Array.from(alert?.querySelectorAll('li') ?? []).map(text)).toEqual([
      'Kode: Koden LED-102 er i brug.',
      'Kompetenceeffekt: Adfærden hører ikke til.',
    ]);
    expect(document.activeElement).toBe(alert);

    await save();
    http.expectOne({ method: 'PATCH', url: offerUrl('offer-1') }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'STALE_VERSION',
        message: 'Tilbuddet er ændret af en anden, siden du åbnede det.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    alert = element.querySelector('[role="alert"]');
    expect(text(alert)).toContain('Tilbuddet er ændret af en anden, siden du åbnede det.');
    const reload = Array.from(alert?.querySelectorAll('button') ?? []).find((b) =>
      text(b).startsWith('Hent den nyeste udgave'),
    ) as HTMLButtonElement;
    reload.click();
    await settle(fixture);
    http
      .expectOne({ method: 'GET', url: offerUrl('offer-1') })
      .flush({ ...OFFER, code: 'LED-101-B', version: 5 });
    await settle(fixture);
    expect(field('offer-code').value).toBe('LED-101-B');
    expect(page().hasUnsavedChanges()).toBe(false);
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('asks before leaving with unsaved changes', async () => {
    await open('offer-1');
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    const leave = () =>
      TestBed.runInInjectionContext(() =>
        unsavedOfferGuard(page(), null as never, null as never, null as never),
      );
    expect(leave()).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    type('offer-description', 'Ny tekst.');
    expect(leave()).toBe(false);
    expect(confirm).toHaveBeenCalledWith(
      'Du har ændringer i tilbuddet, som ikke er gemt. Vil du forlade siden alligevel?',
    );
    confirm.mockRestore();
  });
});
