import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import type { CreatePlanItemRequest, UpdatePlanItemRequest } from '@lederloeft/contracts';
import { OFFERS_URL, offerUrl } from '../../catalogue/data-access/catalogue-api';
import { ITEMS, OFFER } from '../../catalogue/testing/catalogue-fixtures';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { DRAFT_PLAN, JOB_ITEM, OFFER_ITEM } from '../testing/plan-fixture';
import { ItemDialog, type ItemDialogData } from './item-dialog';
import type { PlanOutcome } from './plan-page-store';

@Component({ template: '' })
class Host {}

const OK: PlanOutcome = { ok: true };

describe('ItemDialog', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  let add: jest.Mock<Promise<PlanOutcome>, [CreatePlanItemRequest]>;
  let update: jest.Mock<Promise<PlanOutcome>, [UpdatePlanItemRequest]>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    add = jest.fn().mockResolvedValue(OK);
    update = jest.fn().mockResolvedValue(OK);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  async function open(item: ItemDialogData['item'] = null): Promise<HTMLElement> {
    fixture = TestBed.createComponent(Host);
    TestBed.inject(MatDialog).open(ItemDialog, {
      data: {
        plan: DRAFT_PLAN,
        item,
        competencies: FRAMEWORK_FIXTURE.competencies,
        add,
        update,
      } satisfies ItemDialogData,
    });
    await settle(fixture);
    return document.querySelector('mat-dialog-container') as HTMLElement;
  }

  function text(node: Element | null | undefined): string {
    return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function button(root: ParentNode, name: string): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find((b) => text(b) === name);
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function tab(dialog: HTMLElement, name: string): Promise<void> {
    const found = Array.from(dialog.querySelectorAll<HTMLElement>('[role="tab"]')).find(
      (t) => text(t) === name,
    );
    found?.click();
    await settle(fixture);
  }

  function activeTab(dialog: HTMLElement): HTMLElement {
    return dialog.querySelector('.mat-mdc-tab-body-active') as HTMLElement;
  }

  it('adds an offer from the catalogue with a session that has free seats in the period', async () => {
    const dialog = await open();
    expect(text(dialog.querySelector('h2'))).toBe('Tilføj aktivitet');
    expect(Array.from(dialog.querySelectorAll('[role="tab"]')).map(text)).toEqual([
      'Tilbud fra kataloget',
      'Læring i jobbet',
      'Andet',
    ]);
    type(dialog.querySelector('#item-search') as HTMLInputElement, 'samtaler');
    button(dialog, 'Søg').click();
    const search = http.expectOne((r) => r.url === OFFERS_URL);
    expect(search.request.params.get('q')).toBe('samtaler');
    expect(search.request.params.get('from')).toBe('2027-01-01');
    expect(search.request.params.get('to')).toBe('2027-12-31');
    search.flush({ items: ITEMS, total: ITEMS.length, page: 1, pageSize: 10 });
    await settle(fixture);
    expect(text(dialog)).toContain('2 tilbud med ledige pladser i perioden');

    // Nothing chosen yet: the dialog says what is missing and sends nothing.
    button(dialog, 'Tilføj').click();
    await settle(fixture);
    expect(text(dialog.querySelector('[role="alert"]'))).toContain('Vælg et tilbud.');
    expect(add).not.toHaveBeenCalled();

    (dialog.querySelector('mat-radio-button input') as HTMLInputElement).click();
    await settle(fixture);
    http.expectOne(offerUrl('offer-1')).flush(OFFER);
    await settle(fixture);
    // Closed and full sessions are not offered; the only open one is chosen already.
    const sessions = Array.from(dialog.querySelectorAll('fieldset mat-radio-button')).map(text);
    expect(sessions).toEqual(['15-03-2027 – 16-03-2027, Ikast Rådhus (8 ledige)']);

    button(dialog, 'Tilføj').click();
    await settle(fixture);
    expect(add).toHaveBeenCalledWith({
      kind: 'offer',
      offerId: 'offer-1',
      sessionId: OFFER.sessions[1].id,
      text: '',
      competencyKeys: ['paa-tvaers', 'handlekraft'],
      behaviourKeys: ['handlekraft.b2'],
    });
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });

  it('adds learning on the job from an example behaviour, its text prefilled and editable', async () => {
    const dialog = await open();
    await tab(dialog, 'Læring i jobbet');
    const body = activeTab(dialog);
    const select = body.querySelector('#item-job-competency') as HTMLSelectElement;
    select.value = 'hedekraft';
    select.dispatchEvent(new Event('change'));
    await settle(fixture);
    const behaviours = Array.from(body.querySelectorAll('mat-radio-button'));
    expect(behaviours.map(text)).toEqual([
      'Adfærd 1 i hedekraft (frame)',
      'Adfærd 2 i hedekraft (frame)',
      'Adfærd 3 i hedekraft (personal)',
      'Adfærd 4 i hedekraft (personal)',
    ]);
    (behaviours[1].querySelector('input') as HTMLInputElement).click();
    await settle(fixture);
    const textArea = body.querySelector('#item-text') as HTMLTextAreaElement;
    expect(textArea.value).toBe('Adfærd 2 i hedekraft (frame)');
    type(textArea, 'Fast punkt på personalemøder: Adfærd 2');
    type(body.querySelector('#item-hours') as HTMLInputElement, '6,5');
    button(dialog, 'Tilføj').click();
    await settle(fixture);
    expect(add).toHaveBeenCalledWith({
      kind: 'on-the-job',
      behaviourKey: 'hedekraft.b2',
      text: 'Fast punkt på personalemøder: Adfærd 2',
      competencyKeys: ['hedekraft'],
      behaviourKeys: ['hedekraft.b2'],
      costDkk: 0,
      hours: 6.5,
    });
  });

  it('adds another activity only with a text and a competency, and shows a refusal', async () => {
    add.mockResolvedValueOnce({
      ok: false,
      stale: false,
      failure: { status: 400, message: 'Aktiviteten er for dyr.', code: null, details: [] },
    });
    const dialog = await open();
    await tab(dialog, 'Andet');
    const body = activeTab(dialog);
    type(body.querySelector('#item-text') as HTMLTextAreaElement, 'Netværksmøde i KL');
    type(body.querySelector('#item-cost') as HTMLInputElement, '1.200');
    type(body.querySelector('#item-hours') as HTMLInputElement, '3');
    button(dialog, 'Tilføj').click();
    await settle(fixture);
    expect(text(dialog.querySelector('[role="alert"]'))).toContain('Vælg mindst én kompetence.');
    expect(add).not.toHaveBeenCalled();

    (body.querySelector('mat-checkbox input') as HTMLInputElement).click();
    await settle(fixture);
    button(dialog, 'Tilføj').click();
    await settle(fixture);
    expect(add).toHaveBeenCalledWith({
      kind: 'other',
      text: 'Netværksmøde i KL',
      competencyKeys: ['handlekraft'],
      behaviourKeys: [],
      costDkk: 1200,
      hours: 3,
    });
    expect(document.querySelector('mat-dialog-container')).not.toBeNull();
    expect(text(dialog.querySelector('[role="alert"]'))).toContain('Aktiviteten er for dyr.');
  });

  it('changes an activity: text, cost and hours, without its kind', async () => {
    const dialog = await open(JOB_ITEM);
    expect(text(dialog.querySelector('h2'))).toBe('Ret aktivitet');
    expect(dialog.querySelector('[role="tab"]')).toBeNull();
    const textArea = dialog.querySelector('#item-text') as HTMLTextAreaElement;
    expect(textArea.value).toBe('Have et fast punkt på afdelingsmøder');
    type(dialog.querySelector('#item-hours') as HTMLInputElement, '8');
    button(dialog, 'Gem').click();
    await settle(fixture);
    expect(update).toHaveBeenCalledWith({
      text: 'Have et fast punkt på afdelingsmøder',
      competencyKeys: ['hedekraft'],
      behaviourKeys: ['hedekraft.b2'],
      costDkk: 0,
      hours: 8,
    });
  });
  it("changes an offer's session to another with free seats, keeping the current one listed", async () => {
    const second = {
      ...OFFER.sessions[1],
      id: 'session-b',
      startDate: '2027-09-01',
      endDate: '2027-09-01',
    };
    const dialog = await open({
      ...OFFER_ITEM,
      offerId: 'offer-1',
      session: {
        id: OFFER.sessions[2].id,
        startDate: '2027-05-03',
        endDate: '2027-05-03',
        place: 'Ikast',
      },
    });
    http.expectOne(offerUrl('offer-1')).flush({ ...OFFER, sessions: [...OFFER.sessions, second] });
    await settle(fixture);
    expect(text(dialog.querySelector('h2'))).toBe('Ret aktivitet');
    const radios = Array.from(dialog.querySelectorAll('fieldset mat-radio-button'));
    // The open session, the current (full) one, and the new one; not the closed one.
    expect(radios).toHaveLength(3);
    (radios[2].querySelector('input') as HTMLInputElement).click();
    await settle(fixture);
    button(dialog, 'Gem').click();
    await settle(fixture);
    expect(update).toHaveBeenCalledWith({
      sessionId: 'session-b',
      text: '',
      competencyKeys: ['hedekraft'],
      behaviourKeys: ['hedekraft.b1'],
    });
  });
});
