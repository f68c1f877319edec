import type { ComponentFixture } from '@angular/core/testing';

/**
 * Test helper: lets promise chains that follow an HTTP answer (firstValueFrom, router
 * navigation) run to the end, then waits for the view to be rendered.
 */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}
