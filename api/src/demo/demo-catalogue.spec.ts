import { OFFER_FORMATS, OFFER_KINDS, OFFER_LANGUAGES, OFFER_STATUSES } from '@lederloeft/contracts';
import { IKAST_BRANDE_FRAMEWORK } from '@lederloeft/domain';
import { DEMO_CATALOGUE_GAPS, DEMO_OFFERS, DemoOffer, DemoSession } from './demo-catalogue';

const LEVEL_KEYS = ['foerstelinjeleder', 'mellemleder', 'chef', 'direktoer'];
const EMAIL = /^[a-z0-9.-]+@ikast-brande\.dk$/;
/** About 27 hours of work per ECTS point. */
const HOURS_PER_ECTS = 27;

/** Behaviour keys of each competency of the seed foundation. */
const BEHAVIOURS = new Map<string, Set<string>>(
  IKAST_BRANDE_FRAMEWORK.competencies.map((c) => [c.key, new Set(c.behaviours.map((b) => b.key))]),
);
const ALL_BEHAVIOURS = [...BEHAVIOURS.values()].flatMap((keys) => [...keys]);

const published = DEMO_OFFERS.filter((o) => o.status === 'published');

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

function sessionsOf(offers: readonly DemoOffer[]): [string, DemoSession][] {
  return offers.flatMap((o) => o.sessions.map((s): [string, DemoSession] => [o.code, s]));
}

/**
 * The fewest days from the load date to the session's start, whatever the load date: loaded
 * on the last day of a month, day `d` of the next month is `d` days away, and every month
 * has at least 28 days. In the load month itself the day may already have passed.
 */
function leastDaysAhead(s: DemoSession): number {
  return s.monthOffset === 0 ? s.day - 31 : (s.monthOffset - 1) * 28 + s.day;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=["A-ZÆØÅ])/).filter((s) => s !== '');
}

describe('demo catalogue', () => {
  describe('offers', () => {
    it('number at least 40, with unique HR-style codes and unique titles', () => {
      expect(DEMO_OFFERS.length).toBeGreaterThanOrEqual(40);
      expect(duplicates(DEMO_OFFERS.map((o) => o.code))).toEqual([]);
      expect(duplicates(DEMO_OFFERS.map((o) => o.title))).toEqual([]);
      for (const o of DEMO_OFFERS) expect(o.code).toMatch(/^[A-Z]{2,4}(-[A-Z0-9]{2,6})+$/);
    });

    it('use only known kinds, formats, languages and statuses, mostly Danish', () => {
      for (const o of DEMO_OFFERS) {
        expect([o.code, OFFER_KINDS.includes(o.kind)]).toEqual([o.code, true]);
        expect([o.code, OFFER_FORMATS.includes(o.format)]).toEqual([o.code, true]);
        expect([o.code, OFFER_LANGUAGES.includes(o.language)]).toEqual([o.code, true]);
        expect([o.code, OFFER_STATUSES.includes(o.status)]).toEqual([o.code, true]);
      }
      const english = DEMO_OFFERS.filter((o) => o.language === 'en');
      expect(english.length).toBeGreaterThanOrEqual(1);
      expect(english.length).toBeLessThanOrEqual(2);
    });

    it('show the whole lifecycle: mostly published, 2-3 drafts, 1-2 archived', () => {
      const count = (status: string) => DEMO_OFFERS.filter((o) => o.status === status).length;
      expect(count('draft')).toBeGreaterThanOrEqual(2);
      expect(count('draft')).toBeLessThanOrEqual(3);
      expect(count('archived')).toBeGreaterThanOrEqual(1);
      expect(count('archived')).toBeLessThanOrEqual(2);
      expect(published.length / DEMO_OFFERS.length).toBeGreaterThan(0.85);
    });

    it('cover every kind of offer among the published ones', () => {
      const kinds = new Set(published.map((o) => o.kind));
      expect([...kinds].sort()).toEqual([...OFFER_KINDS].sort());
    });

    it('have trimmed texts and a Danish description of 2-4 sentences', () => {
      for (const o of DEMO_OFFERS) {
        for (const text of [o.title, o.provider, o.description, o.contactName]) {
          expect([o.code, text.trim()]).toEqual([o.code, text]);
          expect([o.code, text]).not.toEqual([o.code, '']);
        }
        expect(o.prerequisites.trim()).toBe(o.prerequisites);
        const count = sentences(o.description).length;
        expect([o.code, count >= 2 && count <= 4]).toEqual([o.code, true]);
        expect([o.code, /[æøå]/i.test(o.description)]).toEqual([o.code, true]);
      }
    });

    it('have a place unless online only, and online offers have none', () => {
      for (const o of DEMO_OFFERS) {
        if (o.format === 'online') expect([o.code, o.location]).toEqual([o.code, null]);
        else
          expect([o.code, typeof o.location === 'string' && o.location !== '']).toEqual([
            o.code,
            true,
          ]);
      }
    });

    it('have positive whole hours and indicative prices in kroner with at most two decimals', () => {
      for (const o of DEMO_OFFERS) {
        expect([o.code, Number.isInteger(o.hours) && o.hours > 0]).toEqual([o.code, true]);
        expect([o.code, o.priceIsIndicative]).toEqual([o.code, true]);
        expect(o.priceDkk).toBeGreaterThanOrEqual(0);
        expect(Math.round(o.priceDkk * 100)).toBe(o.priceDkk * 100);
      }
    });

    it('target known leader levels only, without repeats', () => {
      for (const o of DEMO_OFFERS) {
        expect(duplicates(o.targetLevels)).toEqual([]);
        for (const level of o.targetLevels)
          expect([o.code, LEVEL_KEYS.includes(level)]).toEqual([o.code, true]);
      }
    });

    it('have a municipal HR contact', () => {
      for (const o of DEMO_OFFERS)
        expect([o.code, o.contactEmail]).toEqual([o.code, expect.stringMatching(EMAIL)]);
    });
  });

  describe('DIL and DOL modules', () => {
    const dil = DEMO_OFFERS.filter((o) => o.code.startsWith('DIL-'));
    const dol = DEMO_OFFERS.filter((o) => o.code.startsWith('DOL-'));

    it('are diploma modules with ECTS, at 27 hours of work per point', () => {
      expect(dil.length).toBeGreaterThanOrEqual(10);
      expect(dol.length).toBeGreaterThanOrEqual(5);
      for (const o of [...dil, ...dol]) {
        expect([o.code, o.kind]).toEqual([o.code, 'diploma-module']);
        expect([o.code, o.ects !== null && o.ects > 0]).toEqual([o.code, true]);
        expect([o.code, o.hours]).toEqual([o.code, (o.ects ?? 0) * HOURS_PER_ECTS]);
      }
    });

    it('include the six compulsory DIL modules of 5 ECTS and the 15-ECTS final project', () => {
      const titles = dil.filter((o) => o.ects === 5).map((o) => o.title);
      for (const prefix of [
        'Det personlige lederskab 1',
        'Det personlige lederskab 2',
        'Ledelse og medarbejdere 1',
        'Ledelse og medarbejdere 2',
        'Ledelse og organisation 1',
        'Ledelse og organisation 2',
      ])
        expect(titles.filter((t) => t.startsWith(`${prefix}:`))).toHaveLength(1);
      expect(dil.filter((o) => o.title.startsWith('Afgangsprojekt')).map((o) => o.ects)).toEqual([
        15,
      ]);
    });

    it('include published DOL core modules of 10 ECTS and a 15-ECTS final module', () => {
      const ects = (o: DemoOffer) => o.ects;
      expect(dol.filter((o) => o.status === 'published' && o.ects === 10).length).toBe(3);
      expect(dol.filter((o) => o.title.includes('speciale')).map(ects)).toEqual([15]);
    });

    it('have ECTS exactly when they are diploma-level modules (DIL, DOL or akademi)', () => {
      for (const o of DEMO_OFFERS) {
        if (o.kind === 'diploma-module') expect([o.code, o.ects !== null]).toEqual([o.code, true]);
        else expect([o.code, o.ects]).toEqual([o.code, null]);
      }
    });
  });

  describe('effects', () => {
    it('name 1-3 distinct known competencies, each with 0-4 of its own behaviours', () => {
      for (const o of DEMO_OFFERS) {
        expect([o.code, o.effects.length >= 1 && o.effects.length <= 3]).toEqual([o.code, true]);
        expect(duplicates(o.effects.map((e) => e.competencyKey))).toEqual([]);
        for (const e of o.effects) {
          const own = BEHAVIOURS.get(e.competencyKey);
          expect([o.code, e.competencyKey, own !== undefined]).toEqual([
            o.code,
            e.competencyKey,
            true,
          ]);
          expect(['some', 'strong']).toContain(e.strength);
          expect(e.behaviourKeys.length).toBeLessThanOrEqual(4);
          expect(duplicates(e.behaviourKeys)).toEqual([]);
          for (const key of e.behaviourKeys)
            expect([o.code, key, own?.has(key)]).toEqual([o.code, key, true]);
        }
      }
    });

    it('give every competency at least three published strong offers', () => {
      for (const competencyKey of BEHAVIOURS.keys()) {
        const strong = published.filter((o) =>
          o.effects.some((e) => e.competencyKey === competencyKey && e.strength === 'strong'),
        );
        expect([competencyKey, strong.length >= 3]).toEqual([competencyKey, true]);
      }
    });

    it('leave exactly the documented behaviours untrained by published offers', () => {
      const trained = new Set(published.flatMap((o) => o.effects.flatMap((e) => e.behaviourKeys)));
      const untrained = ALL_BEHAVIOURS.filter((key) => !trained.has(key));
      expect(untrained.length).toBeGreaterThanOrEqual(2);
      expect(untrained.length).toBeLessThanOrEqual(4);
      expect(untrained.sort()).toEqual([...DEMO_CATALOGUE_GAPS].sort());
    });
  });

  describe('sessions', () => {
    it('exist only for scheduled offers, at least one per published one', () => {
      for (const o of DEMO_OFFERS) {
        if (o.onDemand) expect([o.code, o.sessions]).toEqual([o.code, []]);
        else if (o.status === 'published')
          expect([o.code, o.sessions.length >= 1 && o.sessions.length <= 4]).toEqual([
            o.code,
            true,
          ]);
        if (o.status === 'archived') expect([o.code, o.sessions]).toEqual([o.code, []]);
      }
    });

    it('make e-learning, mentoring and coaching available on demand', () => {
      for (const o of DEMO_OFFERS)
        if (['e-learning', 'mentoring', 'coaching'].includes(o.kind))
          expect([o.code, o.onDemand]).toEqual([o.code, true]);
    });

    it('lie in the next 12 months on a day every month has', () => {
      for (const [code, s] of sessionsOf(DEMO_OFFERS)) {
        expect([code, Number.isInteger(s.monthOffset)]).toEqual([code, true]);
        expect([code, s.monthOffset >= 0 && s.monthOffset <= 11]).toEqual([code, true]);
        expect([code, Number.isInteger(s.day) && s.day >= 1 && s.day <= 28]).toEqual([code, true]);
        expect([code, Number.isInteger(s.days) && s.days >= 1 && s.days <= 14]).toEqual([
          code,
          true,
        ]);
        expect([code, s.place.trim() !== '']).toEqual([code, true]);
      }
    });

    it('have 12-30 seats, no more taken than there are, and a waiting list only when full', () => {
      for (const [code, s] of sessionsOf(DEMO_OFFERS)) {
        expect([code, s.capacity >= 12 && s.capacity <= 30]).toEqual([code, true]);
        expect([code, s.seatsTaken >= 0 && s.seatsTaken <= s.capacity]).toEqual([code, true]);
        expect([code, s.waitingList >= 0]).toEqual([code, true]);
        if (s.waitingList > 0) expect([code, s.seatsTaken]).toEqual([code, s.capacity]);
        expect([code, s.deadlineDaysBefore >= 14 && s.deadlineDaysBefore <= 42]).toEqual([
          code,
          true,
        ]);
      }
    });

    it('include some full sessions with a waiting list, and some with many free seats', () => {
      const all = sessionsOf(published).map(([, s]) => s);
      expect(
        all.filter((s) => s.seatsTaken === s.capacity && s.waitingList > 0).length,
      ).toBeGreaterThanOrEqual(3);
      expect(all.filter((s) => s.seatsTaken <= s.capacity / 2).length).toBeGreaterThanOrEqual(10);
    });

    it('leave every published scheduled offer with a session open for registration on any load date', () => {
      for (const o of published.filter((p) => !p.onDemand)) {
        const open = o.sessions.filter((s) => leastDaysAhead(s) - s.deadlineDaysBefore >= 1);
        expect([o.code, open.length >= 1]).toEqual([o.code, true]);
      }
    });
  });
});
