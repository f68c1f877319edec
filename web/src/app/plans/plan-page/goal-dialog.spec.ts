import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import type { SmartGoalFields } from '@lederloeft/contracts';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { DRAFT_PLAN } from '../testing/plan-fixture';
import { GoalDialog, type GoalDialogData } from './goal-dialog';
import type { PlanOutcome } from './plan-page-store';

@Component({ template: '' })
class Host {}

describe('GoalDialog', () => {
  let fixture: ComponentFixture<Host>;
  let save: jest.Mock<Promise<PlanOutcome>, [SmartGoalFields]>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    save = jest.fn().mockResolvedValue({ ok: true });
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  async function open(goal: GoalDialogData['goal'] = null): Promise<HTMLElement> {
    fixture = TestBed.createComponent(Host);
    TestBed.inject(MatDialog).open(GoalDialog, {
      data: {
        periodStart: DRAFT_PLAN.periodStart,
        periodEnd: DRAFT_PLAN.periodEnd,
        goal,
        competencies: FRAMEWORK_FIXTURE.competencies,
        suggested: 'paa-tvaers',
        save,
      } satisfies GoalDialogData,
    });
    await settle(fixture);
    return document.querySelector('mat-dialog-container') as HTMLElement;
  }

  function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function saveButton(dialog: HTMLElement): HTMLButtonElement {
    return dialog.querySelector('button[type="submit"]') as HTMLButtonElement;
  }

  it('adds a goal for the suggested competency, with a date in the period and its behaviours', async () => {
    const dialog = await open();
    expect((dialog.querySelector('#goal-competency') as HTMLSelectElement).value).toBe(
      'paa-tvaers',
    );
    const date = dialog.querySelector('#goal-date') as HTMLInputElement;
    expect(date.getAttribute('min')).toBe('2027-01-01');
    expect(date.getAttribute('max')).toBe('2027-12-31');
    type(dialog.querySelector('#goal-what') as HTMLTextAreaElement, 'Flere fælles projekter');
    type(dialog.querySelector('#goal-measure') as HTMLTextAreaElement, 'To projekter med HR');
    type(date, '2028-02-01');
    saveButton(dialog).click();
    await settle(fixture);
    expect(dialog.querySelector('[role="alert"]')?.textContent).toContain(
      'Vælg en dato i planens periode.',
    );

    type(date, '2027-09-30');
    saveButton(dialog).click();
    await settle(fixture);
    expect(dialog.querySelector('[role="alert"]')?.textContent).toContain('Vælg mindst én adfærd.');
    expect(save).not.toHaveBeenCalled();

    const boxes = Array.from(dialog.querySelectorAll<HTMLInputElement>('mat-checkbox input'));
    expect(boxes).toHaveLength(2);
    boxes[1].click();
    await settle(fixture);
    saveButton(dialog).click();
    await settle(fixture);
    expect(save).toHaveBeenCalledWith({
      competencyKey: 'paa-tvaers',
      what: 'Flere fælles projekter',
      measure: 'To projekter med HR',
      byDate: '2027-09-30',
      behaviourKeys: ['paa-tvaers.b2'],
    });
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });

  it('edits a goal with its fields filled in', async () => {
    const dialog = await open(DRAFT_PLAN.goals[0]);
    expect((dialog.querySelector('#goal-competency') as HTMLSelectElement).value).toBe('hedekraft');
    expect((dialog.querySelector('#goal-what') as HTMLTextAreaElement).value).toBe(
      'Medarbejderne kommer med flere idéer',
    );
    saveButton(dialog).click();
    await settle(fixture);
    expect(save).toHaveBeenCalledWith({
      competencyKey: 'hedekraft',
      what: 'Medarbejderne kommer med flere idéer',
      measure: 'Mindst én ny idé pr. afdelingsmøde',
      byDate: '2027-06-30',
      behaviourKeys: ['hedekraft.b2'],
    });
  });
});
