import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { AccountView } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { settle } from '../../testing/settle';
import { ACCOUNTS_URL, accountUrl } from '../data-access/accounts-api';
import { ORG_UNITS_URL } from '../data-access/interpretations-api';
import { ADMIN_ME, ORG_UNITS } from '../testing/admin-fixtures';
import { AccountsPage } from './accounts-page';

const ACCOUNTS: AccountView[] = [
  {
    id: 'acc-admin',
    email: 'admin@example.dk',
    name: 'Nikolaj Admin',
    leaderId: null,
    active: true,
    grantedRoles: [{ role: 'admin', scope: null }],
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 'acc-dir',
    email: 'direktoer@example.dk',
    name: 'Birgitte Direktør',
    leaderId: 'leader-dir',
    active: true,
    grantedRoles: [{ role: 'director', scope: { id: 'u-boern', name: 'Børn og Unge' } }],
    createdAt: '2026-01-01T00:00:00.000Z',
  },
];

describe('AccountsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AccountsPage>;
  let element: HTMLElement;

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
    fixture = TestBed.createComponent(AccountsPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(ACCOUNTS_URL).flush(ACCOUNTS);
    http.expectOne(ORG_UNITS_URL).flush(ORG_UNITS);
    await settle(fixture);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  function button(name: string, root: ParentNode = element): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  function type(id: string, value: string): void {
    const input = element.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  function tick(id: string): void {
    (element.querySelector(`#${id}-input`) as HTMLInputElement).click();
  }

  it('lists the accounts with roles, scope and status, and searches them', async () => {
    const rows = Array.from(element.querySelectorAll('[data-testid="accounts"] tbody tr'));
    expect(rows).toHaveLength(2);
    expect(rows[1].textContent).toContain('Direktør');
    expect(rows[1].textContent).toContain('(Børn og Unge)');
    expect(rows[1].textContent).toContain('Ja');
    expect(rows[0].textContent).toContain('Aktiv');

    type('accounts-search', 'birgitte');
    await fixture.whenStable();
    expect(element.querySelectorAll('[data-testid="accounts"] tbody tr')).toHaveLength(1);
    expect(element.textContent).toContain('Viser 1 af 2 konti');
  });

  it('asks before deactivating, and sends nothing when cancelled', async () => {
    button('Deaktivér', element.querySelectorAll('tbody tr')[1]).click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Deaktivér kontoen for Birgitte Direktør?');
    button('Annuller', dialog).click();
    await settle(fixture);
    http.expectNone(accountUrl('acc-dir'));

    button('Deaktivér', element.querySelectorAll('tbody tr')[1]).click();
    await fixture.whenStable();
    button('Deaktivér', document.querySelector('mat-dialog-container') as HTMLElement).click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: accountUrl('acc-dir') });
    expect(request.request.body).toEqual({ active: false });
    request.flush({ ...ACCOUNTS[1], active: false });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Kontoen for Birgitte Direktør er deaktiveret.',
    );
  });

  it('shows the API message when an admin tries to deactivate themself', async () => {
    button('Deaktivér', element.querySelectorAll('tbody tr')[0]).click();
    await fixture.whenStable();
    button('Deaktivér', document.querySelector('mat-dialog-container') as HTMLElement).click();
    await settle(fixture);
    http.expectOne(accountUrl('acc-admin')).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Du kan ikke deaktivere din egen konto.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Du kan ikke deaktivere din egen konto.',
    );
  });

  it('requires a unit for a director in the roles editor', async () => {
    button('Redigér roller', element.querySelectorAll('tbody tr')[0]).click();
    await settle(fixture);
    expect(document.activeElement?.textContent).toContain('Roller for Nikolaj Admin');
    tick('edit-roles-director');
    await fixture.whenStable();
    button('Gem roller').click();
    await settle(fixture);
    expect(element.textContent).toContain('Vælg den enhed, direktøren har ansvar for.');
    http.expectNone(accountUrl('acc-admin'));

    type('edit-roles-scope', 'u-social');
    await fixture.whenStable();
    button('Gem roller').click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: accountUrl('acc-admin') });
    expect(request.request.body).toEqual({
      grantedRoles: [
        { role: 'director', scopeOrgUnitId: 'u-social' },
        { role: 'admin', scopeOrgUnitId: null },
      ],
    });
    request.flush(ACCOUNTS[0]);
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Rollerne for');
  });

  it('creates a staff account with the right body', async () => {
    type('create-name', ' Hanne HR ');
    type('create-email', 'hanne@example.dk');
    type('create-password', 'kort');
    tick('create-roles-hr');
    await fixture.whenStable();
    button('Opret konto').click();
    await settle(fixture);
    expect(element.textContent).toContain('Adgangskoden skal være på mindst 12 tegn.');
    http.expectNone(ACCOUNTS_URL);

    type('create-password', 'en-lang-adgangskode');
    await fixture.whenStable();
    button('Opret konto').click();
    await settle(fixture);
    const request = http.expectOne({ method: 'POST', url: ACCOUNTS_URL });
    expect(request.request.body).toEqual({
      name: 'Hanne HR',
      email: 'hanne@example.dk',
      leaderId: null,
      password: 'en-lang-adgangskode',
      grantedRoles: [{ role: 'hr', scopeOrgUnitId: null }],
    });
    request.flush({ ...ACCOUNTS[0], id: 'acc-new', name: 'Hanne HR', email: 'hanne@example.dk' });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Kontoen for Hanne HR er oprettet.',
    );
    expect(element.querySelectorAll('[data-testid="accounts"] tbody tr')).toHaveLength(3);
  });
});
