import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { MeResponse, OfferView } from '@lederloeft/contracts';
import { LEVELS } from '../../administration/testing/admin-fixtures';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME, LEADER_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import {
  CATALOGUE_LEVELS_URL,
  offerUrl,
  sessionUrl,
  sessionsUrl,
} from '../data-access/catalogue-api';
import { CatalogueNotice } from '../data-access/catalogue-notice';
import { DRAFT, FULL_SESSION, OFFER, OPEN_SESSION } from '../testing/catalogue-fixtures';
import { OfferPage } from './offer-page';

@Component({ template: '' })
class StubPage {}

const STALE = {
  statusCode: 409,
  error: 'Conflict',
  code: 'STALE_VERSION',
  message: 'Tilbuddet er ændret af en anden, siden du åbnede det.',
};

describe('OfferPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OfferPage>;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'kursuskatalog', component: StubPage }]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  async function open(offer: OfferView = OFFER, me: MeResponse = LEADER_ME): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me);
    await known;
    fixture = TestBed.createComponent(OfferPage);
    fixture.componentRef.setInput('id', offer.id);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(CATALOGUE_LEVELS_URL).flush(LEVELS);
    http.expectOne({ method: 'GET', url: offerUrl(offer.id) }).flush(offer);
    await settle(fixture);
  }

  function text(node: Element | null | undefined): string {
    return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function button(name: string, root: ParentNode = element): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find((b) => text(b) === name);
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  function dialog(): HTMLElement {
    return document.querySelector('mat-dialog-container') as HTMLElement;
  }

  function facts(): string[] {
    return Array.from(element.querySelectorAll('.offer__facts dl > div')).map(
      (pair) => `${text(pair.querySelector('dt'))}: ${text(pair.querySelector('dd'))}`,
    );
  }

  it('shows every field, what it strengthens with the behaviours, and the sessions', async () => {
    await open();
    expect(text(element.querySelector('h1'))).toBe('Svære samtaler');
    expect(Array.from(element.querySelectorAll('.ll-breadcrumb li')).map(text)).toEqual([
      'Kursuskatalog',
      'Svære samtaler',
    ]);
    expect(
      Array.from(element.querySelectorAll('[aria-labelledby="offer-about"] p')).map(text),
    ).toEqual(['Første afsnit.', 'Andet afsnit.']);
    expect(facts()).toEqual([
      'Pris: 12.500 kr. ekskl. moms vejledende',
      'Timer: 14,5 timer',
      'Form: Fremmøde',
      'Sprog: Dansk',
      'Sted: Ikast',
      'Lederniveauer: Førstelinjeleder',
      'Kontakt: Mette Kjær Andersen mette@example.dk',
      'Kode: LED-101',
    ]);

    // In the framework's order, with the behaviours' own text.
    const effects = Array.from(element.querySelectorAll('.offer-effect'));
    expect(effects.map((e) => text(e.querySelector('h3')))).toEqual([
      'Ledelse med handlekraft ●● Stærk',
      'Ledelse på tværs ●○ Noget',
    ]);
    expect(text(effects[0].querySelector('li'))).toBe('Adfærd 2 i handlekraft (frame)');
    expect(text(effects[1])).toContain('Ingen bestemt adfærd er angivet.');

    const rows = Array.from(element.querySelectorAll('[data-testid="sessions"] tbody tr'));
    expect(rows.map((row) => Array.from(row.children).map(text))).toEqual([
      ['10-01-2027', 'Ikast Rådhus', '16 af 20', '01-11-2026', '0', 'Tilmelding lukket'],
      ['15-03-2027 – 16-03-2027', 'Ikast Rådhus', '8 af 20', '15-02-2027', '0', 'Ledige pladser'],
      ['03-05-2027', 'Brande', '0 af 10', '01-04-2027', '2', 'Fuldt'],
    ]);
    expect(element.querySelector('[data-testid="offer-manage"]')).toBeNull();
    expect(element.textContent).not.toContain('Tilføj hold');
    // Participant lists are HR's.
    expect(element.querySelector('[data-testid="sessions"] a')).toBeNull();
  });

  it("links HR to each session's participant list", async () => {
    await open(OFFER, HR_ME);
    const links = Array.from(
      element.querySelectorAll<HTMLAnchorElement>('[data-testid="sessions"] tbody tr a'),
    );
    expect(
      links.map((a) => [text(a), a.getAttribute('aria-label'), a.getAttribute('href')]),
    ).toEqual([
      [
        'Deltagere',
        'Deltagere på holdet 10-01-2027',
        '/kursuskatalog/offer-1/hold/session-3/deltagere',
      ],
      [
        'Deltagere',
        'Deltagere på holdet 15-03-2027 – 16-03-2027',
        '/kursuskatalog/offer-1/hold/session-1/deltagere',
      ],
      [
        'Deltagere',
        'Deltagere på holdet 03-05-2027',
        '/kursuskatalog/offer-1/hold/session-2/deltagere',
      ],
    ]);
  });

  it('says so when the offer does not exist (or is a draft the person may not see)', async () => {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(LEADER_ME);
    await known;
    fixture = TestBed.createComponent(OfferPage);
    fixture.componentRef.setInput('id', 'missing');
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(CATALOGUE_LEVELS_URL).flush(LEVELS);
    http
      .expectOne(offerUrl('missing'))
      .flush({ statusCode: 404, message: 'Findes ikke' }, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
    expect(text(element.querySelector('h1'))).toBe('Tilbuddet findes ikke');
    expect(element.querySelector('a[href="/kursuskatalog"]')).not.toBeNull();
  });

  it('shows an on-demand offer without sessions', async () => {
    await open({ ...OFFER, onDemand: true, sessions: [] }, HR_ME);
    expect(text(element.querySelector('[aria-labelledby="offer-sessions"]'))).toContain(
      'Tilbuddet kan bruges efter behov og har ingen faste hold.',
    );
    expect(element.textContent).not.toContain('Tilføj hold');
  });

  it('lets HR publish a draft after confirming, sending the version read', async () => {
    await open(DRAFT, HR_ME);
    const manage = element.querySelector('[data-testid="offer-manage"]') as HTMLElement;
    expect(Array.from(manage.querySelectorAll('a, button')).map(text)).toEqual([
      'Redigér',
      'Udgiv',
      'Arkivér',
      'Slet',
    ]);
    expect(manage.querySelector('a')?.getAttribute('href')).toBe('/kursuskatalog/offer-2/rediger');
    expect(text(manage.querySelector('ll-offer-status-badge'))).toBe('Status: Kladde');

    button('Udgiv', manage).click();
    await fixture.whenStable();
    expect(text(dialog().querySelector('h2'))).toBe('Udgiv »Svære samtaler«?');
    button('Udgiv', dialog()).click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: offerUrl('offer-2') });
    expect(request.request.body).toEqual({ status: 'published', version: 1 });
    expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf-token-2');
    request.flush({ ...DRAFT, status: 'published', version: 2 });
    await settle(fixture);
    expect(text(element.querySelector('[role="status"]'))).toBe('»Svære samtaler« er udgivet.');
    expect(Array.from(manage.querySelectorAll('button')).map(text)).toEqual([
      'Arkivér',
      'Tilbage til kladde',
    ]);
  });

  it('sends nothing when HR cancels the confirmation', async () => {
    await open(OFFER, HR_ME);
    button('Arkivér').click();
    await fixture.whenStable();
    button('Annullér', dialog()).click();
    await settle(fixture);
    http.expectNone(offerUrl('offer-1'));
  });

  it('shows the stale-version message and loads the offer again', async () => {
    await open(OFFER, HR_ME);
    button('Arkivér').click();
    await fixture.whenStable();
    button('Arkivér', dialog()).click();
    await settle(fixture);
    http
      .expectOne({ method: 'PATCH', url: offerUrl('offer-1') })
      .flush(STALE, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    http
      .expectOne({ method: 'GET', url: offerUrl('offer-1') })
      .flush({ ...OFFER, title: 'Svære samtaler (ny)', version: 4 });
    await settle(fixture);
    const alert = element.querySelector('[role="alert"]');
    expect(text(alert)).toBe(
      'Det lykkedes ikke. Tilbuddet er ændret af en anden, siden du åbnede det. Siden er hentet igen, så du ser de nyeste oplysninger.',
    );
    expect(text(element.querySelector('h1'))).toBe('Svære samtaler (ny)');
  });

  it('deletes a draft and goes back to the catalogue with a message', async () => {
    await open(DRAFT, HR_ME);
    button('Slet').click();
    await fixture.whenStable();
    expect(text(dialog())).toContain('Det kan ikke fortrydes.');
    button('Slet', dialog()).click();
    await settle(fixture);
    http
      .expectOne({ method: 'DELETE', url: offerUrl('offer-2') })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(TestBed.inject(Router).url).toBe('/kursuskatalog');
    expect(TestBed.inject(CatalogueNotice).take()).toBe('»Svære samtaler« er slettet.');
  });

  it('adds a session in a dialog that checks the dates before sending', async () => {
    await open({ ...OFFER, sessions: [] }, HR_ME);
    expect(text(element.querySelector('[aria-labelledby="offer-sessions"]'))).toContain(
      'Der er ingen planlagte hold lige nu.',
    );
    button('Tilføj hold').click();
    await fixture.whenStable();
    const form = dialog();
    expect(text(form.querySelector('h2'))).toBe('Nyt hold: Svære samtaler');
    const fill = (id: string, value: string) => {
      const input = form.querySelector(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('session-start', '2027-03-15');
    fill('session-end', '2027-03-14');
    fill('session-place', 'Ikast Rådhus');
    fill('session-capacity', '20');
    fill('session-deadline', '2027-03-20');
    fill('session-taken', '21');
    button('Gem holdet', form).click();
    await settle(fixture);
    expect(Array.from(form.querySelectorAll('mat-error')).map(text)).toEqual([
      'Sidste dag kan ikke være før første dag.',
      'Tilmeldingsfristen skal være senest holdets første dag.',
      'Der kan ikke være flere optagne end pladser i alt.',
    ]);
    http.expectNone(sessionsUrl('offer-1'));

    fill('session-end', '2027-03-16');
    fill('session-deadline', '2027-02-15');
    fill('session-taken', '12');
    button('Gem holdet', form).click();
    await settle(fixture);
    const request = http.expectOne({ method: 'POST', url: sessionsUrl('offer-1') });
    expect(request.request.body).toEqual({
      startDate: '2027-03-15',
      endDate: '2027-03-16',
      place: 'Ikast Rådhus',
      capacity: 20,
      registrationDeadline: '2027-02-15',
      seatsTaken: 12,
      waitingList: 0,
    });
    request.flush(OPEN_SESSION);
    await settle(fixture);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(text(element.querySelector('[role="status"]'))).toBe('Holdet er tilføjet.');
    expect(element.querySelectorAll('[data-testid="sessions"] tbody tr')).toHaveLength(1);
  });

  it('keeps the dialog open with the API message when a session is refused', async () => {
    await open(OFFER, HR_ME);
    button('Redigér', element.querySelectorAll('[data-testid="sessions"] tbody tr')[2]).click();
    await fixture.whenStable();
    const form = dialog();
    expect((form.querySelector('#session-capacity') as HTMLInputElement).value).toBe('10');
    button('Gem holdet', form).click();
    await settle(fixture);
    http.expectOne({ method: 'PATCH', url: sessionUrl('offer-1', FULL_SESSION.id) }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Forløbet er ugyldigt.',
        details: [{ path: 'place', message: 'Stedet mangler.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(text(form.querySelector('[role="alert"]'))).toContain(
      'Holdet blev ikke gemt. Forløbet er ugyldigt.',
    );
    expect(text(form.querySelector('[role="alert"] li'))).toBe('Sted: Stedet mangler.');
  });

  it('shows why a session with seats taken cannot be deleted', async () => {
    await open(OFFER, HR_ME);
    button('Slet', element.querySelectorAll('[data-testid="sessions"] tbody tr')[2]).click();
    await fixture.whenStable();
    expect(text(dialog().querySelector('h2'))).toBe('Slet holdet 03-05-2027?');
    button('Slet', dialog()).click();
    await settle(fixture);
    http
      .expectOne({ method: 'DELETE', url: sessionUrl('offer-1', FULL_SESSION.id) })
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Der er optagne pladser på forløbet.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(text(element.querySelector('[role="alert"]'))).toBe(
      'Det lykkedes ikke. Der er optagne pladser på forløbet.',
    );
    expect(element.querySelectorAll('[data-testid="sessions"] tbody tr')).toHaveLength(3);
  });
});
