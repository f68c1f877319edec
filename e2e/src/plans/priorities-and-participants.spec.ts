import { expect, test } from '@playwright/test';
import type { OfferSearchResult } from '@lederloeft/contracts';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

test.describe('Strategic priorities and participant lists', () => {
  test('a director gives a unit its own priorities and returns it to the inherited ones', async ({
    page,
  }) => {
    await signIn(page, demoAccount('director'));
    await page.goto('/administration/strategiske-prioriteter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategiske prioriteter');
    const tree = page.getByRole('tree');

    // Børn og Unge has its own set (the demo); Dagtilbud below it inherits the whole set.
    // The label, not the item's centre: an open item's centre is on one of its children.
    await tree.getByText('Børn og Unge', { exact: true }).click();
    await expect(page.getByText('Egne prioriteter', { exact: true })).toBeVisible();
    await expect(page.getByTestId('weight-hedekraft')).toHaveValue('2');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'strategiske-prioriteter-da');

    await tree.getByText('Dagtilbud', { exact: true }).click();
    await expect(page.getByText(/^Arvet fra Børn og Unge/)).toBeVisible();
    await expect(page.getByTestId('weight-hedekraft')).toHaveValue('2');
    await page.getByLabel('Vægt for Ledelse på tværs').selectOption('2.5');
    await page.getByRole('button', { name: 'Gem prioriteter' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /Prioriteterne for Dagtilbud/ }),
    ).toContainText('er gemt');
    await expect(page.getByText(/^Enhedens egne prioriteter, sat af Birgitte/)).toBeVisible();

    await page.getByRole('button', { name: 'Brug arvede prioriteter' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Dagtilbud bruger nu/ })).toBeVisible();
    await expect(page.getByTestId('weight-paa-tvaers')).toHaveValue('1');
  });

  test('HR sees who has a seat on a session and the waiting list, and can export them', async ({
    page,
  }) => {
    await signIn(page, demoAccount('hr'));
    const found = await page.request.get('/api/offers?q=IBK-BORGER-02');
    const offer = ((await found.json()) as OfferSearchResult).items[0];
    await page.goto(`/kursuskatalog/${offer.id}`);
    await page
      .getByRole('link', { name: /^Deltagere på holdet/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Deltagere');
    // Sofie and Marie got seats when their plans were approved (the demo story).
    const booked = page.getByRole('table', { name: /^Tilmeldte ledere/ });
    await expect(booked.getByRole('row', { name: /Sofie Lindberg/ })).toBeVisible();
    await expect(booked.getByRole('row', { name: /Marie Fog/ })).toBeVisible();
    const csv = page.getByRole('link', { name: /Eksportér deltagerliste/ });
    await expect(csv).toHaveAttribute('href', /\/participants\.csv$/);
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'kursuskatalog-deltagere-da');
  });
});
