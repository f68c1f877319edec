import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { type HasUnsavedChanges, unsavedChangesGuard } from './unsaved-changes.guard';

describe('unsavedChangesGuard', () => {
  const route = {} as ActivatedRouteSnapshot;
  const state = {} as RouterStateSnapshot;

  function run(dirty: boolean): unknown {
    const page: HasUnsavedChanges = { hasUnsavedChanges: () => dirty };
    return TestBed.runInInjectionContext(() => unsavedChangesGuard(page, route, state, state));
  }

  afterEach(() => jest.restoreAllMocks());

  it('lets the page go when nothing is unsaved, without asking', () => {
    const confirm = jest.spyOn(window, 'confirm');
    expect(run(false)).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks in the interface language and stays when the answer is no', () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    expect(run(true)).toBe(false);
    expect(confirm).toHaveBeenCalledWith(
      expect.stringContaining('Du har ændringer i dit personlige ledelsesgrundlag'),
    );
  });

  it('leaves when the answer is yes', () => {
    jest.spyOn(window, 'confirm').mockReturnValue(true);
    expect(run(true)).toBe(true);
  });
});
