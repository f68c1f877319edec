import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { GapProfileView } from '@lederloeft/contracts';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { LanguageService } from '../../i18n/language.service';
import { GAP_PROFILE_FIXTURE } from '../testing/assessment-fixture';
import { GapProfile } from './gap-profile';

describe('GapProfile', () => {
  let fixture: ComponentFixture<GapProfile>;
  let element: HTMLElement;

  beforeEach(() => localStorage.clear());

  async function render(
    profile: GapProfileView = GAP_PROFILE_FIXTURE,
    subject: 'self' | 'other' = 'self',
  ): Promise<void> {
    fixture = TestBed.createComponent(GapProfile);
    fixture.componentRef.setInput('profile', profile);
    fixture.componentRef.setInput('competencies', FRAMEWORK_FIXTURE.competencies);
    fixture.componentRef.setInput('subject', subject);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function rows(): HTMLElement[] {
    return Array.from(
      element.querySelectorAll('[data-testid="gap-chart"] [data-testid="gap-row"]'),
    );
  }

  /** The levels table of a row as { row header: value cell text }. */
  function levels(row: HTMLElement): Record<string, string> {
    return Object.fromEntries(
      Array.from(row.querySelectorAll('ll-gap-levels tbody tr')).map((tr) => [
        tr.querySelector('th')?.textContent?.trim(),
        Array.from(tr.querySelectorAll('td'))
          .map((td) => td.textContent?.trim())
          .filter(Boolean)
          .join(' '),
      ]),
    );
  }

  it('draws one row per competency, titled from the framework, with its status', async () => {
    await render();
    expect(rows().map((row) => row.querySelector('h3')?.textContent?.trim())).toEqual([
      'Ledelse med handlekraft',
      'Ledelse med borgerne i centrum',
      'Ledelse på tværs',
      'Ledelse med hedekraft',
    ]);
    expect(
      rows().map((row) => row.querySelector('[data-testid="gap-status"]')?.textContent?.trim()),
    ).toEqual(['Gab på 0,1', 'Mål nået', 'Intet mål', 'Ingen data']);
  });

  it('writes levels with a decimal comma and names every source', async () => {
    await render();
    expect(levels(rows()[0])).toEqual({
      Samlet: '3,4',
      Selvvurdering: '4,6',
      'Nærmeste leder': '3,2',
      Medarbejdere: '3,3',
      Trivselsmåling: '3,4',
    });
    expect(rows()[0].textContent).toContain('Mål 3,5');
    expect(rows()[0].querySelector('[data-testid="gap-evidence"]')?.textContent?.trim()).toBe(
      'Bygger på 4 kilder, 47 vurderinger',
    );
    expect(rows()[1].querySelector('[data-testid="gap-evidence"]')?.textContent?.trim()).toBe(
      'Bygger på 3 kilder, 1 vurdering',
    );
  });

  it('places the bar, the markers and the target on the scale', async () => {
    await render();
    const row = rows()[0];
    // (3.36 - 1) / 4 = 59 %; the target (3.5 - 1) / 4 = 62.5 %, drawn in every row.
    const bar = row.querySelector('.gap-track__bar') as HTMLElement;
    expect(bar.style.width).toBe('59%');
    const targets = Array.from(row.querySelectorAll<HTMLElement>('.gap-track__target'));
    expect(targets).toHaveLength(5);
    expect(targets.every((t) => t.style.left === '62.5%')).toBe(true);
    const marks = Array.from(row.querySelectorAll<HTMLElement>('.gap-track__mark'));
    expect(marks.map((m) => m.style.left)).toEqual(['90%', '55%', '57.5%', '60%']);
    expect(row.querySelector('.gap-track')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says "For få besvarelser" instead of a withheld level, and "Ingen data" when absent', async () => {
    await render();
    expect(levels(rows()[1])['Trivselsmåling']).toBe('For få besvarelser (2)');
    expect(rows()[1].querySelectorAll('.gap-track__mark')).toHaveLength(3);
    expect(levels(rows()[3])).toEqual({
      Samlet: 'Ingen data',
      Selvvurdering: 'Ingen data',
      'Nærmeste leder': 'Ingen data',
      Medarbejdere: 'For få besvarelser (2)',
      Trivselsmåling: 'Ingen data',
    });
    expect(rows()[3].querySelector('.gap-track__bar')).toBeNull();
    // No target: no target line.
    expect(rows()[2].querySelector('.gap-track__target')).toBeNull();
    expect(rows()[2].textContent).toContain('Intet mål');
  });

  it('points out a blind spot in words, for the leader and for their manager', async () => {
    await render();
    const spots = element.querySelectorAll('[data-testid="blind-spot"]');
    expect(spots).toHaveLength(1);
    expect(spots[0].textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Blind plet: du vurderer dig selv 1,3 højere end andre',
    );
    expect(spots[0].querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');

    await render(GAP_PROFILE_FIXTURE, 'other');
    expect(element.querySelector('[data-testid="blind-spot"]')?.textContent).toContain(
      'lederen vurderer sig selv 1,3 højere end andre',
    );
  });

  it('lists the behaviours in a table behind a disclosure, with levels per source', async () => {
    await render();
    const details = rows()[0].querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent?.trim()).toBe(
      'Vis niveauerne for de 3 eksempler på adfærd',
    );
    const head = Array.from(details.querySelectorAll('thead th')).map((th) =>
      th.textContent?.trim(),
    );
    // The survey rates competencies only, so it gets no column here.
    expect(head).toEqual([
      'Adfærd',
      'Selvvurdering',
      'Nærmeste leder',
      'Medarbejdere',
      'Samlet',
      'Blind plet',
    ]);
    const first = Array.from(details.querySelectorAll('tbody tr')[0].children).map((cell) =>
      cell.textContent?.trim(),
    );
    expect(first).toEqual([
      'Adfærd 1 i handlekraft (frame)',
      '4,0',
      '3,0',
      '3,3',
      '3,3',
      '1,5 højere',
    ]);
    expect(rows()[2].querySelector('details')).toBeNull();
  });

  it('shows the key when the framework has no text for a competency or behaviour', async () => {
    await render({
      ...GAP_PROFILE_FIXTURE,
      competencies: [
        {
          ...GAP_PROFILE_FIXTURE.competencies[0],
          key: 'ny-kompetence',
          behaviours: [{ ...GAP_PROFILE_FIXTURE.competencies[0].behaviours[0], key: 'ny.b1' }],
        },
      ],
    });
    expect(rows()[0].querySelector('h3')?.textContent?.trim()).toBe('ny-kompetence');
    expect(rows()[0].querySelector('details tbody th')?.textContent?.trim()).toBe('ny.b1');
  });

  it('has a legend and follows the language, with a decimal point in English', async () => {
    await render();
    const legend = Array.from(element.querySelectorAll('.gap-legend__list li')).map((li) =>
      li.textContent?.trim(),
    );
    expect(legend).toEqual([
      'Samlet niveau (vægtet)',
      'Mål for lederniveauet',
      'Selvvurdering',
      'Nærmeste leder',
      'Medarbejdere',
      'Trivselsmåling',
    ]);
    expect(element.textContent).toContain('Skala: 1 = I meget lav grad, 5 = I meget høj grad.');

    TestBed.inject(LanguageService).set('en');
    await fixture.whenStable();
    expect(rows()[0].querySelector('h3')?.textContent?.trim()).toBe('Leadership with drive');
    expect(levels(rows()[0])['Combined']).toBe('3.4');
    expect(element.querySelector('[data-testid="blind-spot"]')?.textContent).toContain(
      'you rate yourself 1.3 higher than others do',
    );
    expect(rows()[1].querySelector('[data-testid="gap-status"]')?.textContent?.trim()).toBe(
      'Target met',
    );
  });
});
