import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { OrgUnitView } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { settle } from '../../testing/settle';
import { ORG_UNITS_URL } from '../data-access/interpretations-api';
import { orgUnitUrl } from '../data-access/organisation-api';
import { ADMIN_ME, ORG_UNITS } from '../testing/admin-fixtures';
import { OrgUnitsPage } from './org-units-page';

describe('OrgUnitsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OrgUnitsPage>;
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
    fixture = TestBed.createComponent(OrgUnitsPage);
    element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await fixture.whenStable();
    http.expectOne(ORG_UNITS_URL).flush(ORG_UNITS);
    await settle(fixture);
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  const item = (id: string) => element.querySelector(`#org-unit-${id}`) as HTMLElement;
  const key = async (name: string) => {
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: name, bubbles: true }),
    );
    await fixture.whenStable();
  };
  function button(name: string): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find(
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

  it('shows the tree with the top levels open and the kommune chosen', () => {
    const tree = element.querySelector('[role="tree"]') as HTMLElement;
    expect(tree.getAttribute('aria-label')).toBe('Organisationen');
    expect(item('u-kommune').getAttribute('aria-expanded')).toBe('true');
    expect(item('u-kommune').getAttribute('aria-selected')).toBe('true');
    expect(item('u-boern').getAttribute('aria-level')).toBe('2');
    expect(item('u-boern').getAttribute('aria-expanded')).toBe('true');
    // Afdelinger are shown, closed; their enheder are not.
    expect(item('u-dagtilbud').getAttribute('aria-expanded')).toBe('false');
    expect(item('u-nord')).toBeNull();
    // One tab stop.
    expect(tree.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(element.querySelector('[data-testid="org-unit-title"]')?.textContent).toBe(
      'Ikast-Brande Kommune',
    );
    // The kommune is never moved.
    expect(element.textContent).not.toContain('Flyt enheden');
  });

  it('is used with the keyboard: arrows move, right opens, Enter chooses', async () => {
    item('u-kommune').focus();
    await key('ArrowDown');
    expect(document.activeElement).toBe(item('u-boern'));
    await key('ArrowDown');
    expect(document.activeElement).toBe(item('u-dagtilbud'));
    await key('ArrowRight');
    expect(item('u-dagtilbud').getAttribute('aria-expanded')).toBe('true');
    await key('ArrowRight');
    expect(document.activeElement).toBe(item('u-nord'));
    await key('Enter');
    expect(item('u-nord').getAttribute('aria-selected')).toBe('true');
    expect(item('u-nord').getAttribute('tabindex')).toBe('0');
    expect(element.querySelector('[data-testid="org-unit-title"]')?.textContent).toBe(
      'Dagtilbud Nord',
    );
    await key('ArrowLeft');
    expect(document.activeElement).toBe(item('u-dagtilbud'));
    await key('ArrowLeft');
    expect(item('u-dagtilbud').getAttribute('aria-expanded')).toBe('false');
    await key('End');
    expect(document.activeElement).toBe(item('u-pleje'));
    await key('Home');
    expect(document.activeElement).toBe(item('u-kommune'));
  });

  it('creates a unit one level below the chosen one and shows it in the tree', async () => {
    item('u-dagtilbud').click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Opret enhed under Dagtilbud');
    type('create-unit-name', ' Dagtilbud Syd ');
    type('create-unit-external-id', '');
    button('Opret enhed').click();
    await settle(fixture);
    const request = http.expectOne({ method: 'POST', url: ORG_UNITS_URL });
    expect(request.request.body).toEqual({
      name: 'Dagtilbud Syd',
      externalId: null,
      kind: 'enhed',
      parentId: 'u-dagtilbud',
    });
    const created: OrgUnitView = {
      id: 'u-syd',
      name: 'Dagtilbud Syd',
      kind: 'enhed',
      parentId: 'u-dagtilbud',
      externalId: null,
    };
    request.flush(created);
    await settle(fixture);
    http.expectOne({ method: 'GET', url: ORG_UNITS_URL }).flush([...ORG_UNITS, created]);
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Enheden Dagtilbud Syd er oprettet under Dagtilbud.',
    );
    expect(item('u-syd')).not.toBeNull();
    expect((element.querySelector('#create-unit-name') as HTMLInputElement).value).toBe('');
  });

  it('offers only units one level up as new parent and shows a refused move in Danish', async () => {
    item('u-dagtilbud').click();
    await fixture.whenStable();
    const options = Array.from(element.querySelectorAll('#move-parent option')).map((o) =>
      o.textContent?.trim(),
    );
    expect(options).toEqual(['Vælg en enhed', 'Social og Sundhed']);
    button('Flyt enheden').click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Vælg, hvor enheden skal ligge.');
    http.expectNone({ method: 'PATCH' });

    type('move-parent', 'u-social');
    button('Flyt enheden').click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: orgUnitUrl('u-dagtilbud') });
    expect(request.request.body).toEqual({ parentId: 'u-social' });
    const message = 'En enhed kan ikke flyttes ind under en af sine egne underenheder.';
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message,
        details: [{ path: 'parentId', message }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const alert = element.querySelector('[data-testid="form-problem"]') as HTMLElement;
    expect(alert.textContent).toContain('Enheden blev ikke flyttet.');
    expect(alert.textContent).toContain(`Ny overordnet enhed: ${message}`);
    expect(document.activeElement).toBe(alert);
  });

  it('renames a unit and sets its Enhed-ID', async () => {
    item('u-social').click();
    await fixture.whenStable();
    expect((element.querySelector('#edit-unit-name') as HTMLInputElement).value).toBe(
      'Social og Sundhed',
    );
    type('edit-unit-name', 'Social, Sundhed og Ældre');
    type('edit-unit-external-id', ' IBK-77 ');
    button('Gem').click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: orgUnitUrl('u-social') });
    expect(request.request.body).toEqual({
      name: 'Social, Sundhed og Ældre',
      externalId: 'IBK-77',
    });
    const saved = { ...ORG_UNITS[4], name: 'Social, Sundhed og Ældre', externalId: 'IBK-77' };
    request.flush(saved);
    await settle(fixture);
    http
      .expectOne({ method: 'GET', url: ORG_UNITS_URL })
      .flush(ORG_UNITS.map((u) => (u.id === saved.id ? saved : u)));
    await settle(fixture);
    expect(element.querySelector('[data-testid="org-unit-title"]')?.textContent).toBe(
      'Social, Sundhed og Ældre',
    );
    expect(element.textContent).toContain('IBK-77');
  });
});
