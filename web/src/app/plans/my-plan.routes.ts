import type { Routes } from '@angular/router';

/**
 * Lazy routes of "Min udviklingsplan", mounted at /min-udviklingsplan: the leader's own
 * plans and the proposal ("forslag") they are made from. Signed-in people only.
 */
export const myPlanRoutes: Routes = [];
