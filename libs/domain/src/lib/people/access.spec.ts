import {
  Actor,
  canEditPersonalFoundation,
  canInterpretForUnit,
  canViewAssessments,
  canWriteManagerAssessment,
  canWriteSelfAssessment,
  canViewLeader,
  canViewPersonalFoundation,
  deriveRoles,
  LeaderPlacement,
  managesLeader,
} from './access';

const leader = (id: string, managerChain: string[], orgUnitPath: string): LeaderPlacement => ({
  id,
  managerChain,
  orgUnitPath,
});
const actor = (
  leaderId: string | null,
  roles: Actor['roles'],
  directorScopePaths: string[] = [],
): Actor => ({
  leaderId,
  roles,
  directorScopePaths,
});

// kommunaldirektør D → chef C → afdelingsleder A → teamleder T; another teamleder U under B.
const T = leader('T', ['A', 'C', 'D'], '/kommune/boern/dagtilbud/solstraalen/');
const U = leader('U', ['B', 'C2', 'D'], '/kommune/arbejdsmarked/jobcenter/');

describe('deriveRoles', () => {
  it('makes every active leader a leader, and a leader with reports a manager', () => {
    expect(deriveRoles({ isActiveLeader: true, hasActiveReports: false, granted: [] })).toEqual([
      'leader',
    ]);
    expect(
      deriveRoles({ isActiveLeader: true, hasActiveReports: true, granted: ['director'] }),
    ).toEqual(['leader', 'manager', 'director']);
  });

  it('gives an inactive leader no organisational roles, and ignores organisational roles granted by mistake', () => {
    expect(
      deriveRoles({
        isActiveLeader: false,
        hasActiveReports: true,
        granted: ['hr', 'manager', 'leader'],
      }),
    ).toEqual(['hr']);
  });
});

describe('leader access', () => {
  it('lets leaders see themselves but not a peer', () => {
    expect(canViewLeader(actor('T', ['leader']), T)).toBe(true);
    expect(canViewLeader(actor('U', ['leader']), T)).toBe(false);
  });

  it('lets direct and indirect managers see their reports, not other teams', () => {
    expect(managesLeader(actor('A', ['leader', 'manager']), T)).toBe(true);
    expect(canViewLeader(actor('D', ['leader', 'manager']), T)).toBe(true);
    expect(canViewLeader(actor('B', ['leader', 'manager']), T)).toBe(false);
  });

  it('lets HR and admins see profiles, and directors only within their scope', () => {
    expect(canViewLeader(actor(null, ['hr']), T)).toBe(true);
    expect(canViewLeader(actor(null, ['admin']), U)).toBe(true);
    const director = actor('C', ['leader', 'manager', 'director'], ['/kommune/boern/']);
    expect(canViewLeader(director, T)).toBe(true);
    expect(canViewLeader(director, U)).toBe(false);
    // A scope path without the director role grants nothing.
    expect(canViewLeader(actor(null, ['hr'], ['/kommune/arbejdsmarked/']), U)).toBe(true);
    expect(canViewLeader(actor(null, [], ['/kommune/arbejdsmarked/']), U)).toBe(false);
  });

  it('keeps the personal foundation to the leader and their managers', () => {
    expect(canViewPersonalFoundation(actor('T', ['leader']), T)).toBe(true);
    expect(canViewPersonalFoundation(actor('A', ['leader', 'manager']), T)).toBe(true);
    expect(canViewPersonalFoundation(actor(null, ['hr', 'admin']), T)).toBe(false);
    expect(
      canViewPersonalFoundation(
        actor('C', ['director'], ['/kommune/']),
        leader('X', ['Y'], '/kommune/x/'),
      ),
    ).toBe(false);
  });

  it('lets only the leader write their personal foundation', () => {
    expect(canEditPersonalFoundation(actor('T', ['leader']), T)).toBe(true);
    expect(canEditPersonalFoundation(actor('A', ['leader', 'manager']), T)).toBe(false);
    expect(canEditPersonalFoundation(actor(null, ['admin']), T)).toBe(false);
  });
});

describe('assessment access', () => {
  it('shows answers and gaps to the leader and the managers above, not to HR or directors outside the chain', () => {
    expect(canViewAssessments(actor('T', ['leader']), T)).toBe(true);
    expect(canViewAssessments(actor('C', ['leader', 'manager']), T)).toBe(true);
    expect(canViewAssessments(actor(null, ['hr', 'admin']), T)).toBe(false);
    expect(canViewAssessments(actor('Z', ['leader', 'director'], ['/kommune/boern/']), T)).toBe(
      false,
    );
  });

  it('lets the leader write the self-assessment and only the direct manager the manager assessment', () => {
    expect(canWriteSelfAssessment(actor('T', ['leader']), T)).toBe(true);
    expect(canWriteSelfAssessment(actor('A', ['leader', 'manager']), T)).toBe(false);
    expect(canWriteManagerAssessment(actor('A', ['leader', 'manager']), T)).toBe(true);
    expect(canWriteManagerAssessment(actor('C', ['leader', 'manager']), T)).toBe(false);
    expect(canWriteManagerAssessment(actor('T', ['leader']), T)).toBe(false);
  });
});

describe('local interpretation access', () => {
  it('lets admins and directors within their subtree write interpretations', () => {
    expect(canInterpretForUnit(actor(null, ['admin']), '/kommune/boern/')).toBe(true);
    expect(
      canInterpretForUnit(
        actor('C', ['leader', 'director'], ['/kommune/boern/']),
        '/kommune/boern/dagtilbud/',
      ),
    ).toBe(true);
    expect(
      canInterpretForUnit(
        actor('C', ['leader', 'director'], ['/kommune/boern/']),
        '/kommune/arbejdsmarked/',
      ),
    ).toBe(false);
    expect(canInterpretForUnit(actor('T', ['leader', 'manager', 'hr']), '/kommune/boern/')).toBe(
      false,
    );
  });
});
