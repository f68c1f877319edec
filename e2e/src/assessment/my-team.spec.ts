import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

test.describe('Mit team', () => {
  test('a manager sees the team with gap summaries, opens a report and assesses them', async ({
    page,
  }) => {
    await signIn(page, demoAccount('manager'));
    await page.getByRole('link', { name: 'Mit team' }).click();
    await expect(page).toHaveURL(/\/mit-team$/);
    const members = page.getByTestId('team-member');
    await expect(members.first()).toBeVisible();
    const camilla = members.filter({ hasText: demoAccount('leader').name });
    await expect(camilla).toHaveCount(1);
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'mit-team-da');

    await camilla.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(demoAccount('leader').name);
    await expect(page.getByTestId('gap-chart').getByTestId('gap-row')).toHaveCount(4);
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'mit-team-medarbejder-da');
  });

  test('a leader without reports has no Mit team in the menu', async ({ page }) => {
    await signIn(page, demoAccount('leader', 1));
    await expect(page.getByRole('link', { name: 'Mit team' })).toHaveCount(0);
  });
});
