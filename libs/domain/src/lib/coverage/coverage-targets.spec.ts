import { DomainError } from '../domain-error';
import { assertValidCoverageTarget, coverageTargetStatus } from './coverage-targets';

const keys = ['handlekraft', 'hedekraft'];
const details = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).details.map((d) => `${d.path}: ${d.message}`);
  }
  return [];
};

describe('assertValidCoverageTarget', () => {
  const today = '2026-12-01';

  it('accepts a whole percent and a due date from today up to ten years on', () => {
    expect(
      details(() =>
        assertValidCoverageTarget(
          { targetPercent: 80, dueDate: '2027-12-31' },
          today,
          keys,
          'hedekraft',
        ),
      ),
    ).toEqual([]);
    expect(
      details(() =>
        assertValidCoverageTarget(
          { targetPercent: 100, dueDate: '2036-12-01' },
          today,
          keys,
          'hedekraft',
        ),
      ),
    ).toEqual([]);
  });

  it('names every problem in Danish', () => {
    expect(
      details(() =>
        assertValidCoverageTarget(
          { targetPercent: 80.5, dueDate: '2027-02-30', note: 'x'.repeat(1001) },
          today,
          keys,
          'ukendt',
        ),
      ),
    ).toEqual([
      'competencyKey: "ukendt" er ikke en kompetence i ledelsesgrundlaget.',
      'targetPercent: Målet skal være et helt antal procent fra 1 til 100.',
      'dueDate: Angiv en dato på formen ÅÅÅÅ-MM-DD.',
      'note: Noten må højst være 1000 tegn.',
    ]);
  });

  it('refuses a date in the past, 0 %, more than 100 % and more than ten years ahead', () => {
    expect(
      details(() =>
        assertValidCoverageTarget(
          { targetPercent: 0, dueDate: '2026-11-30' },
          today,
          keys,
          'hedekraft',
        ),
      ),
    ).toEqual([
      'targetPercent: Målet skal være et helt antal procent fra 1 til 100.',
      'dueDate: Datoen for målet er allerede passeret.',
    ]);
    expect(
      details(() =>
        assertValidCoverageTarget(
          { targetPercent: 101, dueDate: '2036-12-02' },
          today,
          keys,
          'hedekraft',
        ),
      ),
    ).toEqual([
      'targetPercent: Målet skal være et helt antal procent fra 1 til 100.',
      'dueDate: Et mål kan højst sættes 10 år frem.',
    ]);
  });
});

describe('coverageTargetStatus', () => {
  const shown = (value: number) => ({ shown: true as const, value, n: 20 });
  const base = { targetPercent: 80, dueDate: '2027-12-31', today: '2026-12-01' };

  it('reached when today’s share meets the target (80 % of 20 is 16)', () => {
    expect(coverageTargetStatus({ ...base, current: shown(0.8), projectedByDue: shown(0.9) })).toBe(
      'reached',
    );
  });

  it('on track when the plans ending by the due date are expected to reach it', () => {
    expect(coverageTargetStatus({ ...base, current: shown(0.6), projectedByDue: shown(0.8) })).toBe(
      'on-track',
    );
    expect(
      coverageTargetStatus({ ...base, current: shown(0.6), projectedByDue: shown(0.7999) }),
    ).toBe('off-track');
  });

  it('overdue once the date has passed without reaching it', () => {
    expect(
      coverageTargetStatus({
        ...base,
        today: '2028-01-01',
        current: shown(0.6),
        projectedByDue: shown(0.9),
      }),
    ).toBe('overdue');
  });

  it('unknown when a figure it needs is hidden', () => {
    expect(
      coverageTargetStatus({
        ...base,
        current: { shown: false, reason: 'too-few' },
        projectedByDue: shown(0.9),
      }),
    ).toBe('unknown');
    expect(
      coverageTargetStatus({
        ...base,
        current: shown(0.5),
        projectedByDue: { shown: false, reason: 'few-changed' },
      }),
    ).toBe('unknown');
  });
});
