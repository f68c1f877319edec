import { signedInGuard } from '../auth/signed-in.guard';
import { myDevelopmentRoutes } from '../my-development/my-development.routes';
import { myTeamRoutes } from './my-team.routes';

describe('routes for signed-in people', () => {
  it('guards Mit team, a team member and the self-assessment', () => {
    const selfAssessment = myDevelopmentRoutes.find((r) => r.path === 'selvvurdering');
    for (const route of [...myTeamRoutes, selfAssessment]) {
      expect(route?.canActivate).toContain(signedInGuard);
    }
    expect(myTeamRoutes.map((r) => r.path)).toEqual(['', ':leaderId']);
  });
});
