import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

test.describe('Sign-in and Min udvikling', () => {
  test('a leader signs in from a protected page, writes their personal leadership foundation and signs out', async ({
    page,
  }) => {
    const leader = demoAccount('leader');
    await page.goto('/min-udvikling');
    await expect(page).toHaveURL(/\/log-ind\?returnUrl=%2Fmin-udvikling$/);
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'log-ind-da');

    await page.getByLabel('E-mail').fill(leader.email);
    await page.getByLabel('Adgangskode').fill(leader.password);
    await page.getByRole('button', { name: 'Log ind' }).click();

    await expect(page).toHaveURL(/\/min-udvikling$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min udvikling');
    await expect(page.getByTestId('leader-facts')).toContainText('Førstelinjeleder');
    await expect(page.getByTestId('signed-in-user')).toContainText(leader.name);

    const text = 'Jeg leder med tillid og tydelige rammer, og jeg følger op på det, vi aftaler.';
    await page.getByLabel('Mit personlige ledelsesgrundlag').fill(text);
    await page.getByRole('button', { name: 'Gem' }).click();
    await expect(page.getByRole('status')).toContainText('Gemt');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'min-udvikling-da');

    await page.reload();
    await expect(page.getByTestId('personal-foundation-read')).toContainText(text);

    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible();
    await page.goto('/min-udvikling');
    await expect(page).toHaveURL(/\/log-ind/);
  });

  test("a leader sees their fagområde's local interpretation beside the foundation's text", async ({
    page,
  }) => {
    await signIn(page, demoAccount('leader'));
    await page.goto('/ledelsesgrundlag/borgerne-i-centrum');
    const notes = page.getByTestId('local-interpretation');
    await expect(notes.first()).toContainText('Børn og Unge');
    await expect(notes.first()).toContainText('barnet og familien');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'lokal-fortolkning-da');
    // Anonymous visitors see the common text only.
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.goto('/ledelsesgrundlag/borgerne-i-centrum');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ledelse med borgerne i centrum',
    );
    await expect(page.getByTestId('local-interpretation')).toHaveCount(0);
  });

  test('a wrong password is refused with a message, and nothing is signed in', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByLabel('E-mail').fill(demoAccount('leader', 1).email);
    await page.getByLabel('Adgangskode').fill('ikke-den-rigtige');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByRole('alert')).toContainText('Forkert e-mail eller adgangskode.');
    await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
  });

  test('HR, who is not a leader, is told the page is for leaders', async ({ page }) => {
    await signIn(page, demoAccount('hr'), '/log-ind?returnUrl=%2Fmin-udvikling');
    await expect(page.getByTestId('not-a-leader')).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
