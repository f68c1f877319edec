import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ASSESSMENT_ROUNDS_URL, ratingSheetUrl } from '../../assessment/data-access/assessment-api';
import {
  BEHAVIOUR_KEYS,
  CLOSED_ROUND_FIXTURE,
  ROUND_FIXTURE,
  ratingSheet,
} from '../../assessment/testing/assessment-fixture';
import { SelfAssessmentCard } from './self-assessment-card';

describe('SelfAssessmentCard', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SelfAssessmentCard>;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(ratings: Record<string, number | null> | null): Promise<void> {
    fixture = TestBed.createComponent(SelfAssessmentCard);
    fixture.componentRef.setInput('leaderId', 'leader-1');
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Henter din selvvurdering',
    );
    if (ratings === null) {
      http.expectOne(ASSESSMENT_ROUNDS_URL).flush([CLOSED_ROUND_FIXTURE]);
    } else {
      http.expectOne(ASSESSMENT_ROUNDS_URL).flush([ROUND_FIXTURE]);
      http.expectOne(ratingSheetUrl('leader-1', 'round-1', 'self')).flush(ratingSheet(ratings));
    }
    await fixture.whenStable();
  }

  function link(): HTMLAnchorElement | null {
    return element.querySelector('a');
  }

  it('invites the leader to start, showing how much there is', async () => {
    await render({});
    expect(link()?.textContent?.trim()).toBe('Udfyld din selvvurdering');
    expect(link()?.getAttribute('href')).toBe('/min-udvikling/selvvurdering');
    expect(element.textContent).toContain('de 14 eksempler på adfærd');
    expect(element.textContent).toContain('0 af 14 besvaret');
    expect(element.textContent).toContain('Lederevaluering 2026');
  });

  it('says "Fortsæt" with the progress when some are answered', async () => {
    await render({ 'handlekraft.b1': 3, 'handlekraft.b2': null });
    expect(link()?.textContent?.trim()).toBe('Fortsæt din selvvurdering');
    expect(element.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('2');
  });

  it('offers to see the answers when all are given', async () => {
    await render(Object.fromEntries(BEHAVIOUR_KEYS.map((key) => [key, 4])));
    expect(link()?.textContent?.trim()).toBe('Se din selvvurdering');
    expect(element.textContent).toContain('Du har besvaret alle 14 spørgsmål.');
  });

  it('has no link when no round is open', async () => {
    await render(null);
    expect(link()).toBeNull();
    expect(element.textContent).toContain('Der er ingen åben vurderingsrunde lige nu.');
  });
});
