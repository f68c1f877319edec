import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { saveScreenshot } from '../support/screenshots';

const COMPETENCIES_DA = [
  'Ledelse med handlekraft',
  'Ledelse med borgerne i centrum',
  'Ledelse på tværs',
  'Ledelse med hedekraft',
];

test.describe('Ledelsesgrundlaget: a visitor reads the leadership foundation', () => {
  test.beforeEach(async ({ page }) => {
    // Every test starts in the default language.
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('e2e-started')) {
        localStorage.clear();
        sessionStorage.setItem('e2e-started', '1');
      }
    });
  });

  test('the front page shows the values and the four competencies in Danish', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ledelsesgrundlag');
    const cards = page.getByTestId('competency-card');
    await expect(cards).toHaveCount(4);
    for (const [i, title] of COMPETENCIES_DA.entries()) {
      await expect(cards.nth(i).getByRole('link', { name: title })).toBeVisible();
    }
    for (const value of ['Dialog', 'Tillid', 'Ansvarlighed']) {
      await expect(page.getByRole('heading', { name: value, exact: true })).toBeVisible();
    }
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'ledelsesgrundlag-da');
  });

  test('a competency page shows the Fordi, both groups of behaviours and the dogmas', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Ledelse med borgerne i centrum' }).click();
    await expect(page).toHaveURL(/\/ledelsesgrundlag\/borgerne-i-centrum$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ledelse med borgerne i centrum',
    );
    await expect(
      page.getByText('Fokus på kerneopgaverne gør en forskel for borgerne.'),
    ).toBeVisible();
    await expect(page.getByTestId('behaviours-frame').getByRole('listitem')).toHaveCount(5);
    await expect(page.getByTestId('behaviours-personal').getByRole('listitem')).toHaveCount(4);
    await expect(page.getByTestId('dogmas')).toContainText(
      'Vi udøver myndighed med et servicegen.',
    );
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'kompetence-borgerne-i-centrum-da');
  });

  test('switching to English shows English titles, and the choice is remembered', async ({
    page,
  }) => {
    await page.goto('/ledelsesgrundlag/hedekraft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ledelse med hedekraft');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const englishTitle = page.getByRole('heading', { level: 1 });
    await expect(englishTitle).not.toHaveText('Ledelse med hedekraft');
    await expect(englishTitle).toContainText(/Leadership/);
    await expect(page.getByTestId('behaviours-personal').getByRole('listitem')).toHaveCount(3);
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'competency-hedekraft-en');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/');
    await expect(page.getByTestId('competency-card')).toHaveCount(4);
    await expect(page.getByTestId('competency-card').first()).toContainText('Leadership');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'leadership-foundation-en');

    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByTestId('competency-card').first()).toContainText(
      'Ledelse med handlekraft',
    );
  });

  test('the layout works on a phone, and an unknown competency gets a friendly page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ledelsesgrundlag/findes-ikke');
    await expect(page.getByRole('link', { name: /ledelsesgrundlag/i }).first()).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goto('/');
    await expect(page.getByTestId('competency-card')).toHaveCount(4);
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'ledelsesgrundlag-mobil-da');
  });
});
