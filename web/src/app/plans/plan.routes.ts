import type { Routes } from '@angular/router';

/**
 * Lazy routes mounted at /planer: one plan (`/planer/:planId`), the same page for the leader,
 * the managers above (review, approval) and follow-up; the API decides what each may do.
 */
export const planRoutes: Routes = [];
