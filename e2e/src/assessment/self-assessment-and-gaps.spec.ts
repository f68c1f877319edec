import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

test.describe('Min udvikling: self-assessment and competency gaps', () => {
  test('a leader answers the self-assessment one competency at a time, resumes it, and sees their gaps', async ({
    page,
  }) => {
    await signIn(page, demoAccount('leader'), '/log-ind?returnUrl=%2Fmin-udvikling');
    await page
      .getByRole('link', { name: /selvvurdering/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/min-udvikling\/selvvurdering/);
    await expect(page.getByTestId('assessment-progress')).toContainText('0 af 32');

    // The first behaviour of "Ledelse med handlekraft".
    const first = page.getByRole('radiogroup', {
      name: /Tydeliggøre hvad du og dine medarbejdere har indflydelse på/,
    });
    await first.getByLabel('I høj grad').check();
    await expect(page.getByTestId('assessment-progress')).toContainText('1 af 32');
    const second = page.getByRole('radiogroup', {
      name: /Til stadighed italesætte ambitionsniveau/,
    });
    await second.getByLabel('Kan ikke vurdere').check();
    await expect(page.getByTestId('assessment-progress')).toContainText('2 af 32');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'selvvurdering-da');

    // Saved as you go: a reload resumes with the answers kept.
    await page.reload();
    await expect(page.getByTestId('assessment-progress')).toContainText('2 af 32');
    await expect(
      page
        .getByRole('radiogroup', {
          name: /Tydeliggøre hvad du og dine medarbejdere har indflydelse på/,
        })
        .getByLabel('I høj grad'),
    ).toBeChecked();
    await page.getByRole('button', { name: 'Næste' }).click();
    await expect(
      page.getByRole('radiogroup', { name: /Se borgeren som en samarbejdspartner/ }),
    ).toBeVisible();

    await page.goto('/min-udvikling');
    const chart = page.getByTestId('gap-chart');
    await expect(chart.getByTestId('gap-row')).toHaveCount(4);
    await expect(chart.getByTestId('gap-row').first()).toContainText('Ledelse med handlekraft');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'min-udvikling-kompetencegab-da');
  });

  test('a leader with a complete round sees levels from every source and blind spots explained', async ({
    page,
  }) => {
    await signIn(page, demoAccount('leader', 1), '/log-ind?returnUrl=%2Fmin-udvikling');
    const rows = page.getByTestId('gap-chart').getByTestId('gap-row');
    await expect(rows).toHaveCount(4);
    await expect(rows.first()).toContainText(/Mål/);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'min-udvikling-mobil-da');
  });
});
