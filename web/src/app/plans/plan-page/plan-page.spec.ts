import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { MeResponse, PlanView } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { LEADER_ME, MANAGER_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { personalFoundationUrl } from '../../my-development/data-access/leader-api';
import { settle } from '../../testing/settle';
import { planUrl } from '../data-access/plans-api';
import { ACTIVE_PLAN, DRAFT_PLAN, SUBMITTED_FOR_MANAGER } from '../testing/plan-fixture';
import { PlanPage } from './plan-page';

const STALE = {
  statusCode: 409,
  error: 'Conflict',
  code: 'STALE_VERSION',
  message: 'Planen er ændret, siden du åbnede den. Hent den igen, og lav din ændring på ny.',
};

describe('PlanPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PlanPage>;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
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

  async function open(plan: PlanView, me: MeResponse = LEADER_ME): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me);
    await known;
    fixture = TestBed.createComponent(PlanPage);
    fixture.componentRef.setInput('planId', plan.id);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne({ method: 'GET', url: planUrl(plan.id) }).flush(plan);
    await settle(fixture);
    http.expectOne(personalFoundationUrl(plan.leader.id)).flush({
      leaderId: plan.leader.id,
      text: 'Jeg leder med tillid.\n\nOg nysgerrighed.',
      updatedAt: null,
    });
    await settle(fixture);
  }

  function text(node: Element | null | undefined): string {
    return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function buttons(root: ParentNode = element): HTMLButtonElement[] {
    return Array.from(root.querySelectorAll('button'));
  }

  function button(name: string, root: ParentNode = element): HTMLButtonElement {
    const found = buttons(root).find((b) => text(b) === name);
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  function dialog(): HTMLElement {
    return document.querySelector('mat-dialog-container') as HTMLElement;
  }

  function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function feedback(): string {
    return text(element.querySelector('[data-testid="plan-feedback"]'));
  }

  it('shows the plan to its leader: header, meters, items by 70-20-10, goals, foundation', async () => {
    await open(DRAFT_PLAN);
    expect(text(element.querySelector('h1'))).toBe('Min plan 2027');
    expect(text(element.querySelector('[data-testid="plan-status"]'))).toBe('Kladde');
    expect(element.querySelector('.ll-breadcrumb a')?.getAttribute('href')).toBe(
      '/min-udviklingsplan',
    );
    expect(text(element.querySelector('.plan__facts'))).toContain(
      'Periode: 01-01-2027 – 31-12-2027',
    );
    expect(Array.from(element.querySelectorAll('.plan__meter-value')).map(text)).toEqual([
      '4.500 kr. af 10.000 kr.',
      '17,5 af 40',
    ]);
    expect(element.querySelector('meter')?.getAttribute('aria-labelledby')).toBe(
      'meter-planPage.budget',
    );
    const groups = Array.from(element.querySelectorAll('.plan__group h3')).map(text);
    expect(groups).toEqual([
      'Erfaring i jobbet (70) 1 aktivitet',
      'Læring med andre (20) 1 aktivitet',
      'Formel uddannelse (10) 1 aktivitet',
    ]);
    const course = element.querySelectorAll('[data-testid="plan-item"]')[2];
    expect(text(course)).toContain('Modig ledelse');
    const facts = Array.from(course.querySelectorAll('dl > div')).map(
      (pair) => `${text(pair.querySelector('dt'))}: ${text(pair.querySelector('dd'))}`,
    );
    expect(facts).toEqual([
      'Pris: 4.500 kr.',
      'Timer: 7,5',
      'Forløb: 01-03-2027 – 02-03-2027, Ikast',
      'Plads: Pladsen bookes, når planen er godkendt',
    ]);
    expect(text(course)).toContain('Ledelse med hedekraft – Adfærd 1 i hedekraft (frame)');
    expect(text(element.querySelector('[data-testid="plan-goal"]'))).toContain(
      'Medarbejderne kommer med flere idéer',
    );
    const foundation = element.querySelector('[data-testid="plan-foundation"]') as HTMLElement;
    expect(text(foundation.querySelector('summary'))).toBe('Mit personlige ledelsesgrundlag');
    expect(Array.from(foundation.querySelectorAll('.ll-prose p')).map(text)).toEqual([
      'Jeg leder med tillid.',
      'Og nysgerrighed.',
    ]);
    expect(foundation.querySelector('a')?.getAttribute('href')).toBe('/min-udvikling');
    const pdf = Array.from(element.querySelectorAll('a')).find((a) => text(a) === 'Hent som PDF');
    expect(pdf?.getAttribute('href')).toBe('/api/plans/plan-1/pdf');
    expect(pdf?.hasAttribute('download')).toBe(true);
  });

  it('shows the buttons the permissions allow: the leader edits and submits', async () => {
    await open(DRAFT_PLAN);
    const names = buttons().map(text);
    expect(names).toContain('Send til godkendelse');
    expect(names).toContain('Tilføj aktivitet');
    expect(names).toContain('Ret plan');
    expect(names).not.toContain('Godkend');
    expect(names).not.toContain('Send retur');

    button('Send til godkendelse').click();
    const request = http.expectOne(`${planUrl('plan-1')}/submit`);
    expect(request.request.method).toBe('POST');
    request.flush({
      ...DRAFT_PLAN,
      status: 'submitted',
      permissions: { ...DRAFT_PLAN.permissions, edit: false, actions: [] },
    });
    await settle(fixture);
    expect(feedback()).toBe('Planen er sendt til godkendelse.');
    expect(element.querySelector('[data-testid="plan-feedback"]')?.getAttribute('role')).toBe(
      'status',
    );
    expect(text(element.querySelector('[data-testid="plan-status"]'))).toBe(
      'Sendt til godkendelse',
    );
    expect(buttons().map(text)).not.toContain('Tilføj aktivitet');
  });

  it('shows why a submission is refused, each problem listed', async () => {
    await open(DRAFT_PLAN);
    button('Send til godkendelse').click();
    http.expectOne(`${planUrl('plan-1')}/submit`).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Planen kan ikke sendes, den har 2 fejl.',
        details: [
          { path: 'goals', message: 'Kompetencen mangler et SMART-mål.' },
          { path: 'budgetDkk', message: 'Aktiviteterne koster mere end budgettet.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const box = element.querySelector('[data-testid="plan-feedback"]') as HTMLElement;
    expect(box.getAttribute('role')).toBe('alert');
    expect(text(box.querySelector('span'))).toBe(
      'Det lykkedes ikke. Planen kan ikke sendes, den har 2 fejl.',
    );
    expect(Array.from(box.querySelectorAll('li')).map(text)).toEqual([
      'Kompetencen mangler et SMART-mål.',
      'Aktiviteterne koster mere end budgettet.',
    ]);
    expect(document.activeElement).toBe(box);
  });

  it('lets the manager review without editing, and return only with a comment', async () => {
    await open(SUBMITTED_FOR_MANAGER, MANAGER_ME);
    expect(element.querySelector('.ll-breadcrumb a')?.getAttribute('href')).toBe('/planer');
    const names = buttons().map(text);
    expect(names).toContain('Godkend');
    expect(names).toContain('Send retur');
    expect(names).not.toContain('Tilføj aktivitet');
    expect(names).not.toContain('Ret plan');
    expect(text(element.querySelector('[data-testid="plan-foundation"] summary'))).toBe(
      'Mette Jensens personlige ledelsesgrundlag',
    );

    button('Send retur').click();
    await settle(fixture);
    expect(text(dialog().querySelector('h2'))).toBe('Send planen retur');
    button('Send retur', dialog()).click();
    await settle(fixture);
    http.expectNone(`${planUrl('plan-1')}/return`);
    expect(text(dialog())).toContain('Skal udfyldes');

    type(dialog().querySelector('textarea') as HTMLTextAreaElement, 'Tilføj et mål for dialog.');
    button('Send retur', dialog()).click();
    const request = http.expectOne(`${planUrl('plan-1')}/return`);
    expect(request.request.body).toEqual({ comment: 'Tilføj et mål for dialog.' });
    request.flush({
      ...SUBMITTED_FOR_MANAGER,
      status: 'returned',
      managerComment: 'Tilføj et mål for dialog.',
      permissions: { ...SUBMITTED_FOR_MANAGER.permissions, actions: [] },
    });
    await settle(fixture);
    expect(dialog()).toBeNull();
    expect(feedback()).toBe('Planen er sendt retur til lederen.');
    expect(text(element.querySelector('[data-testid="manager-comment"]'))).toContain(
      'Tilføj et mål for dialog.',
    );
  });

  it('approves with an optional comment', async () => {
    await open(SUBMITTED_FOR_MANAGER, MANAGER_ME);
    button('Godkend').click();
    await settle(fixture);
    button('Godkend', dialog()).click();
    const request = http.expectOne(`${planUrl('plan-1')}/approve`);
    expect(request.request.body).toEqual({});
    request.flush({
      ...SUBMITTED_FOR_MANAGER,
      status: 'approved',
      permissions: { ...SUBMITTED_FOR_MANAGER.permissions, actions: [] },
    });
    await settle(fixture);
    expect(feedback()).toBe('Planen er godkendt.');
  });

  it('marks an item done only with evidence, and shows the waiting-list place', async () => {
    await open(ACTIVE_PLAN);
    expect(text(element.querySelector('[data-testid="seat"]'))).toBe('På venteliste (nr. 2)');
    expect(text(element.querySelector('[data-testid="manager-comment"]'))).toBe(
      'Lederens kommentar ved godkendelsen Godt arbejde.',
    );
    const followUp = element.querySelector('[data-testid="follow-up"]') as HTMLElement;
    expect(text(followUp.querySelector('h2'))).toBe('Opfølgning');
    expect(text(followUp.querySelector('[data-testid="follow-up-date"]'))).toContain(
      '01-04-2027Status på idéerne',
    );

    const done = buttons(followUp).find(
      (b) => b.getAttribute('aria-label') === 'Markér »Modig ledelse« som gennemført',
    ) as HTMLButtonElement;
    done.click();
    await settle(fixture);
    button('Markér som gennemført', dialog()).click();
    await settle(fixture);
    http.expectNone({ method: 'PATCH' });
    expect(text(dialog())).toContain('Skal udfyldes');

    type(dialog().querySelector('textarea') as HTMLTextAreaElement, 'Kursusbevis');
    button('Markér som gennemført', dialog()).click();
    const request = http.expectOne(`${planUrl('plan-1')}/items/item-1`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ status: 'done', doneEvidence: 'Kursusbevis' });
    request.flush({
      ...ACTIVE_PLAN,
      items: [
        {
          ...ACTIVE_PLAN.items[0],
          status: 'done',
          doneEvidence: 'Kursusbevis',
          doneAt: '2027-03-03T10:00:00.000Z',
        },
        ACTIVE_PLAN.items[1],
      ],
    });
    await settle(fixture);
    expect(feedback()).toBe('Aktiviteten er markeret som gennemført.');
    expect(text(element.querySelector('[data-testid="progress-item"]'))).toContain(
      'Dokumentation: Kursusbevis',
    );
  });

  it('writes a reflection with both questions', async () => {
    await open(ACTIVE_PLAN);
    const note = buttons().find(
      (b) => b.getAttribute('aria-label') === 'Skriv refleksion om »Modig ledelse«',
    ) as HTMLButtonElement;
    note.click();
    await settle(fixture);
    const [learned, changed] = Array.from(dialog().querySelectorAll('textarea'));
    expect(text(dialog())).toContain('Hvad lærte jeg?');
    type(learned, 'At lytte først');
    type(changed, 'Jeg spørger før jeg svarer');
    button('Gem', dialog()).click();
    const request = http.expectOne(`${planUrl('plan-1')}/items/item-1/notes`);
    expect(request.request.body).toEqual({
      learned: 'At lytte først',
      changed: 'Jeg spørger før jeg svarer',
    });
    request.flush(ACTIVE_PLAN);
    await settle(fixture);
    expect(feedback()).toBe('Refleksionen er gemt.');
  });

  it('reloads the plan and says so when it changed elsewhere (409 STALE_VERSION)', async () => {
    await open(DRAFT_PLAN);
    button('Ret plan').click();
    await settle(fixture);
    const title = dialog().querySelector('#form-dialog-title') as HTMLInputElement;
    type(title, 'Ny titel');
    button('Gem', dialog()).click();
    const patch = http.expectOne({ method: 'PATCH', url: planUrl('plan-1') });
    expect(patch.request.body).toMatchObject({ version: 3, title: 'Ny titel', budgetDkk: 10000 });
    patch.flush(STALE, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    http
      .expectOne({ method: 'GET', url: planUrl('plan-1') })
      .flush({ ...DRAFT_PLAN, title: 'Ændret af en anden', version: 4 });
    await settle(fixture);
    expect(dialog()).toBeNull();
    expect(text(element.querySelector('h1'))).toBe('Ændret af en anden');
    expect(feedback()).toContain('Planen er blevet ændret et andet sted');
    expect(element.querySelector('[data-testid="plan-feedback"]')?.getAttribute('role')).toBe(
      'alert',
    );
  });

  it('says the plan does not exist or is not yours on a 404', async () => {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(LEADER_ME);
    await known;
    fixture = TestBed.createComponent(PlanPage);
    fixture.componentRef.setInput('planId', 'nope');
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(text(element.querySelector('[role="status"]'))).toBe('Henter planen…');
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http
      .expectOne(planUrl('nope'))
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'Planen findes ikke.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="plan-not-found"]'))).toContain(
      'Planen findes ikke, eller du har ikke adgang til den.',
    );
  });

  it('asks before removing an item, then removes it', async () => {
    await open(DRAFT_PLAN);
    const remove = buttons().find(
      (b) => b.getAttribute('aria-label') === 'Fjern »Modig ledelse«',
    ) as HTMLButtonElement;
    remove.click();
    await settle(fixture);
    expect(text(dialog().querySelector('h2'))).toBe('Fjern »Modig ledelse«?');
    button('Fjern', dialog()).click();
    await settle(fixture);
    const request = http.expectOne(`${planUrl('plan-1')}/items/item-1`);
    expect(request.request.method).toBe('DELETE');
    request.flush({ ...DRAFT_PLAN, items: DRAFT_PLAN.items.slice(1) });
    await settle(fixture);
    expect(feedback()).toBe('Aktiviteten er fjernet.');
  });

  it('moves an item within its group by swapping positions', async () => {
    const plan: PlanView = {
      ...DRAFT_PLAN,
      items: [
        DRAFT_PLAN.items[1],
        { ...DRAFT_PLAN.items[1], id: 'item-4', text: 'Andet punkt', position: 4 },
      ],
    };
    await open(plan);
    const down = element.querySelector('[data-move="item-2:1"]') as HTMLButtonElement;
    expect((element.querySelector('[data-move="item-2:-1"]') as HTMLButtonElement).disabled).toBe(
      true,
    );
    down.click();
    const first = http.expectOne(`${planUrl('plan-1')}/items/item-2`);
    expect(first.request.body).toEqual({ position: 4 });
    first.flush(plan);
    await settle(fixture);
    const second = http.expectOne(`${planUrl('plan-1')}/items/item-4`);
    expect(second.request.body).toEqual({ position: 2 });
    second.flush(plan);
    await settle(fixture);
    expect(feedback()).toBe('Aktiviteten er flyttet.');
  });

  it('shows the history when asked', async () => {
    await open(DRAFT_PLAN);
    const toggle = button('▸ Historik');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle(fixture);
    http.expectOne(`${planUrl('plan-1')}/history`).flush([
      {
        id: 'e1',
        at: '2026-11-01T10:00:00.000Z',
        actor: { accountId: 'acc-1', name: 'Mette Jensen' },
        type: 'created',
        summary: 'Planen er oprettet.',
        details: null,
      },
    ]);
    await settle(fixture);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(element.querySelector('[data-testid="plan-history"]'))).toContain(
      '01-11-2026 10.00Mette JensenPlanen er oprettet.',
    );
  });
});
