import { readFileSync } from 'fs';
import { join } from 'path';
import type { OrgUnitKind } from '@lederloeft/contracts';
import {
  DEMO_ACCOUNTS,
  DEMO_LEADER_PASSWORD,
  DEMO_LEADERS,
  DEMO_ORG_UNITS,
  DemoAccount,
  DemoLeader,
  DemoLevelKey,
  DemoOrgUnit,
} from './demo-organisation';
import { DEMO_STAFF_LEADERS } from './demo-staff-leaders';

const KIND_DEPTH: Record<OrgUnitKind, number> = {
  kommune: 0,
  fagomraade: 1,
  afdeling: 2,
  enhed: 3,
};
/** Lower rank = higher level. */
const LEVEL_RANK: Record<DemoLevelKey, number> = {
  direktoer: 1,
  chef: 2,
  mellemleder: 3,
  foerstelinjeleder: 4,
};
/** The level of the leader of a unit of each kind. */
const LEVEL_OF_KIND: Record<OrgUnitKind, DemoLevelKey> = {
  kommune: 'direktoer',
  fagomraade: 'chef',
  afdeling: 'mellemleder',
  enhed: 'foerstelinjeleder',
};
const EMAIL = /^[a-z0-9.-]+@ikast-brande\.dk$/;

const unitByRef = new Map<string, DemoOrgUnit>(DEMO_ORG_UNITS.map((u) => [u.ref, u]));
const leaderByRef = new Map<string, DemoLeader>(DEMO_LEADERS.map((l) => [l.ref, l]));
const staffRefs = new Set(DEMO_STAFF_LEADERS.map((l) => l.ref));
/** The one leader heading each unit (the others are staff leaders in Børn og Unge's enheder). */
const HEADS = DEMO_LEADERS.filter((l) => !staffRefs.has(l.ref));

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

function unit(ref: string): DemoOrgUnit {
  const u = unitByRef.get(ref);
  if (!u) throw new Error(`unknown unit ${ref}`);
  return u;
}

function leader(ref: string | null): DemoLeader {
  const l = ref === null ? undefined : leaderByRef.get(ref);
  if (!l) throw new Error(`unknown leader ${ref}`);
  return l;
}

/** The fagområde a unit lies in (the unit itself if it is one), or null for the root. */
function fagomraadeOf(ref: string): DemoOrgUnit | null {
  let u: DemoOrgUnit | undefined = unit(ref);
  while (u && u.kind !== 'fagomraade') u = u.parentRef ? unitByRef.get(u.parentRef) : undefined;
  return u ?? null;
}

function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/é/g, 'e');
}

function accountsWithRole(role: DemoAccount['role']): DemoAccount[] {
  return DEMO_ACCOUNTS.filter((a) => a.role === role);
}

describe('demo organisation', () => {
  describe('org units', () => {
    it('has unique refs and external ids of the form IBK-0000', () => {
      expect(duplicates(DEMO_ORG_UNITS.map((u) => u.ref))).toEqual([]);
      expect(duplicates(DEMO_ORG_UNITS.map((u) => u.externalId))).toEqual([]);
      for (const u of DEMO_ORG_UNITS) expect(u.externalId).toMatch(/^IBK-\d{4}$/);
    });

    it('has exactly one root, the kommune', () => {
      const roots = DEMO_ORG_UNITS.filter((u) => u.parentRef === null);
      expect(roots.map((u) => [u.name, u.kind])).toEqual([['Ikast-Brande Kommune', 'kommune']]);
      expect(DEMO_ORG_UNITS.filter((u) => u.kind === 'kommune')).toHaveLength(1);
    });

    it('follows kommune → fagomraade → afdeling → enhed, parents resolving', () => {
      for (const u of DEMO_ORG_UNITS) {
        if (u.parentRef === null) continue;
        const parent = unit(u.parentRef); // throws if it does not resolve
        expect([u.ref, KIND_DEPTH[u.kind]]).toEqual([u.ref, KIND_DEPTH[parent.kind] + 1]);
      }
    });

    it('has non-empty, unique names within each parent', () => {
      for (const u of DEMO_ORG_UNITS) expect(u.name.trim()).toBe(u.name);
      for (const u of DEMO_ORG_UNITS) expect(u.name).not.toBe('');
      const keys = DEMO_ORG_UNITS.map((u) => `${u.parentRef}/${u.name}`);
      expect(duplicates(keys)).toEqual([]);
    });

    it('has 5 fagområder with 2-4 afdelinger each, and 2-4 enheder under an afdeling that has any', () => {
      const children = (ref: string) => DEMO_ORG_UNITS.filter((u) => u.parentRef === ref);
      const fagomraader = DEMO_ORG_UNITS.filter((u) => u.kind === 'fagomraade');
      expect(fagomraader).toHaveLength(5);
      for (const f of fagomraader) {
        const afdelinger = children(f.ref);
        expect(afdelinger.length).toBeGreaterThanOrEqual(2);
        expect(afdelinger.length).toBeLessThanOrEqual(4);
        for (const a of afdelinger) {
          const enheder = children(a.ref);
          if (enheder.length === 0) continue;
          expect(enheder.length).toBeGreaterThanOrEqual(2);
          expect(enheder.length).toBeLessThanOrEqual(4);
        }
      }
    });
  });

  describe('leaders', () => {
    it('number 55 to 65 unit heads and 85 to 100 in all, with exactly one direktør', () => {
      expect(HEADS.length).toBeGreaterThanOrEqual(55);
      expect(HEADS.length).toBeLessThanOrEqual(65);
      expect(DEMO_LEADERS.length).toBeGreaterThanOrEqual(85);
      expect(DEMO_LEADERS.length).toBeLessThanOrEqual(100);
      const directors = DEMO_LEADERS.filter((l) => l.levelKey === 'direktoer');
      expect(directors).toHaveLength(1);
      expect(directors[0].title).toBe('Kommunaldirektør');
      expect(directors[0].managerRef).toBeNull();
      expect(unit(directors[0].orgUnitRef).kind).toBe('kommune');
    });

    it('have unique refs and unique, lower-case municipal emails made from their name', () => {
      expect(duplicates(DEMO_LEADERS.map((l) => l.ref))).toEqual([]);
      expect(duplicates(DEMO_LEADERS.map((l) => l.email))).toEqual([]);
      for (const l of DEMO_LEADERS) {
        expect(l.email).toMatch(EMAIL);
        const parts = l.name.split(' ');
        const local = l.email.split('@')[0];
        expect([l.name, local.split('.')[0]]).toEqual([l.name, ascii(parts[0])]);
        expect([l.name, local.split('.').at(-1)]).toEqual([l.name, ascii(parts[parts.length - 1])]);
      }
    });

    it('each head a known unit matching their level, one head per unit', () => {
      for (const l of HEADS) {
        const u = unit(l.orgUnitRef); // throws if it does not resolve
        expect([l.ref, l.levelKey]).toEqual([l.ref, LEVEL_OF_KIND[u.kind]]);
        expect(l.title.trim()).not.toBe('');
      }
      expect(duplicates(HEADS.map((l) => l.orgUnitRef))).toEqual([]);
      // Every unit above enhed has a leader (the chain of command is complete).
      const led = new Set(HEADS.map((l) => l.orgUnitRef));
      for (const u of DEMO_ORG_UNITS)
        if (u.kind !== 'enhed') expect([u.ref, led.has(u.ref)]).toEqual([u.ref, true]);
    });

    it('have staff leaders only in Børn og Unge’s enheder, first-line, reporting to the head there', () => {
      for (const l of DEMO_STAFF_LEADERS) {
        const u = unit(l.orgUnitRef);
        expect([l.ref, u.kind, fagomraadeOf(u.ref)?.ref]).toEqual([
          l.ref,
          'enhed',
          'unit-boern-og-unge',
        ]);
        expect(l.levelKey).toBe('foerstelinjeleder');
        const head = leader(l.managerRef);
        expect([l.ref, staffRefs.has(head.ref), head.orgUnitRef]).toEqual([
          l.ref,
          false,
          l.orgUnitRef,
        ]);
      }
      // Camilla stays a leader without reports (the demo and the e2e journeys rely on it).
      expect(DEMO_LEADERS.some((l) => l.managerRef === 'leader-camilla-noergaard')).toBe(false);
    });

    it('head their unit under a known manager of a higher level who heads the parent unit', () => {
      for (const l of HEADS) {
        if (l.managerRef === null) {
          expect(l.levelKey).toBe('direktoer');
          continue;
        }
        const manager = leader(l.managerRef); // throws if it does not resolve
        expect(LEVEL_RANK[manager.levelKey]).toBeLessThan(LEVEL_RANK[l.levelKey]);
        expect([l.ref, manager.orgUnitRef]).toEqual([l.ref, unit(l.orgUnitRef).parentRef]);
      }
    });

    it('have no cycles in the manager chain, and every chain ends at the direktør', () => {
      for (const l of DEMO_LEADERS) {
        const seen = new Set<string>();
        let current: DemoLeader | undefined = l;
        while (current && current.managerRef !== null) {
          expect(seen.has(current.ref)).toBe(false);
          seen.add(current.ref);
          current = leaderByRef.get(current.managerRef);
        }
        expect(current?.levelKey).toBe('direktoer');
      }
    });

    it('have valid ISO start dates between 2008 and 2025', () => {
      for (const l of DEMO_LEADERS) {
        expect(l.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const date = new Date(`${l.startDate}T00:00:00Z`);
        expect(Number.isNaN(date.getTime())).toBe(false);
        expect(date.toISOString().slice(0, 10)).toBe(l.startDate);
        expect(l.startDate >= '2008-01-01' && l.startDate <= '2025-12-31').toBe(true);
      }
    });

    it('about a third have a personal foundation of 2-4 sentences', () => {
      const withText = DEMO_LEADERS.filter((l) => l.personalFoundation !== '');
      expect(withText.length / DEMO_LEADERS.length).toBeGreaterThanOrEqual(0.25);
      expect(withText.length / DEMO_LEADERS.length).toBeLessThanOrEqual(0.45);
      for (const l of withText) {
        const text = l.personalFoundation;
        expect(text.trim()).toBe(text);
        // Paragraphs are separated by exactly one blank line; no other line breaks.
        for (const paragraph of text.split('\n\n')) {
          expect(paragraph).not.toMatch(/\n/);
          expect(paragraph.trim()).toBe(paragraph);
          expect(paragraph).not.toBe('');
        }
        const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s !== '');
        expect([l.ref, sentences.length >= 2 && sentences.length <= 4]).toEqual([l.ref, true]);
        // Written in the first person.
        expect(text).toMatch(/\b(jeg|mig)\b/i);
      }
    });

    it('have a leader in at least one enhed of every fagområde', () => {
      const covered = new Set(
        DEMO_LEADERS.filter((l) => unit(l.orgUnitRef).kind === 'enhed').map(
          (l) => fagomraadeOf(l.orgUnitRef)?.ref,
        ),
      );
      for (const f of DEMO_ORG_UNITS.filter((u) => u.kind === 'fagomraade')) {
        expect([f.ref, covered.has(f.ref)]).toEqual([f.ref, true]);
      }
    });
  });

  describe('accounts', () => {
    it('are the six demo roles in order, with the documented passwords', () => {
      expect(DEMO_ACCOUNTS.map((a) => [a.role, a.password])).toEqual([
        ['leader', 'Leder-demo-2026'],
        ['leader', 'Leder-demo-2026'],
        ['manager', 'Chef-demo-2026'],
        ['hr', 'HR-demo-2026'],
        ['director', 'Direktoer-demo-2026'],
        ['admin', 'Admin-demo-2026'],
      ]);
      expect(DEMO_ACCOUNTS.map((a) => a.password)).not.toContain(DEMO_LEADER_PASSWORD);
    });

    it('have distinct names and emails, unique also among all leader logins', () => {
      expect(duplicates(DEMO_ACCOUNTS.map((a) => a.name))).toEqual([]);
      expect(duplicates(DEMO_ACCOUNTS.map((a) => a.email))).toEqual([]);
      for (const a of DEMO_ACCOUNTS) expect(a.email).toMatch(EMAIL);
      // The logins that will exist: one per leader, plus the non-leader accounts.
      const logins = [
        ...DEMO_LEADERS.map((l) => l.email),
        ...DEMO_ACCOUNTS.filter((a) => a.leaderRef === null).map((a) => a.email),
      ];
      expect(duplicates(logins)).toEqual([]);
    });

    it('reference known leaders, with the same name and email', () => {
      for (const a of DEMO_ACCOUNTS) {
        if (a.leaderRef === null) continue;
        const l = leader(a.leaderRef); // throws if it does not resolve
        expect([l.name, l.email]).toEqual([a.name, a.email]);
      }
      expect(duplicates(DEMO_ACCOUNTS.flatMap((a) => (a.leaderRef ? [a.leaderRef] : [])))).toEqual(
        [],
      );
    });

    it('grant roles only where the role is granted, and scopes only to directors', () => {
      const granted: Record<DemoAccount['role'], DemoAccount['grantedRoles']> = {
        leader: [],
        manager: [],
        hr: ['hr'],
        director: ['director'],
        admin: ['admin'],
      };
      for (const a of DEMO_ACCOUNTS) {
        expect([a.role, a.grantedRoles]).toEqual([a.role, granted[a.role]]);
        if (a.role !== 'director') expect(a.directorScopeRefs).toEqual([]);
        for (const ref of a.directorScopeRefs) expect(unitByRef.has(ref)).toBe(true);
      }
    });

    it('has two first-line leaders with different managers', () => {
      const leaders = accountsWithRole('leader').map((a) => leader(a.leaderRef));
      expect(leaders).toHaveLength(2);
      for (const l of leaders) expect(l.levelKey).toBe('foerstelinjeleder');
      expect(leaders[0].managerRef).not.toBeNull();
      expect(leaders[1].managerRef).not.toBeNull();
      expect(leaders[0].managerRef).not.toBe(leaders[1].managerRef);
    });

    it('has a manager who manages the first leader account', () => {
      const [manager] = accountsWithRole('manager');
      const [first] = accountsWithRole('leader');
      expect(manager.leaderRef).not.toBeNull();
      expect(leader(first.leaderRef).managerRef).toBe(manager.leaderRef);
      expect(leader(manager.leaderRef).levelKey).toBe('mellemleder');
    });

    it('has HR and admin accounts that are not leaders', () => {
      for (const role of ['hr', 'admin'] as const) {
        const [a] = accountsWithRole(role);
        expect(a.leaderRef).toBeNull();
        expect(DEMO_LEADERS.map((l) => l.name)).not.toContain(a.name);
      }
    });

    it('has a director who is the chef of exactly the fagområde in scope', () => {
      const [director] = accountsWithRole('director');
      const chef = leader(director.leaderRef);
      expect(chef.levelKey).toBe('chef');
      expect(unit(chef.orgUnitRef).kind).toBe('fagomraade');
      expect(director.directorScopeRefs).toEqual([chef.orgUnitRef]);
    });

    it('match docs/demo-accounts.json, which the e2e tests read', () => {
      const path = join(__dirname, '..', '..', '..', 'docs', 'demo-accounts.json');
      const documented: unknown = JSON.parse(readFileSync(path, 'utf8'));
      expect(documented).toEqual(
        DEMO_ACCOUNTS.map(({ role, email, password, name }) => ({ role, email, password, name })),
      );
    });
  });
});
