import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

/** Searches the leader list and waits for the answer. */
async function searchLeaders(page: Page, q: string): Promise<void> {
  await page.getByLabel('Søg efter navn, e-mail eller stilling').fill(q);
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  await expect(page.locator('#leaders-count')).toContainText('Viser');
}

/** Picks a manager in the leader dialog: types part of the name and chooses the match. */
async function pickManager(dialog: Locator, page: Page, typed: string, name: string) {
  const field = dialog.getByRole('combobox', { name: 'Nærmeste leder' });
  await field.fill('');
  await field.pressSequentially(typed);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await expect(field).toHaveValue(name);
}

test.describe('Administration: leaders and org units', () => {
  test('an admin finds a leader by a Danish letter, changes the manager and is refused a ring', async ({
    page,
  }) => {
    await signIn(page, demoAccount('admin'));
    await page.goto('/administration');
    await page.getByRole('link', { name: 'Ledere', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ledere' })).toBeVisible();
    await expect(page.getByTestId('leaders')).toBeVisible();
    await expectNoA11yViolations(page);

    await searchLeaders(page, 'mølg');
    const rows = page.getByTestId('leaders').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Trine Mølgaard');
    await expect(rows.first()).toContainText('Søren Bach Kristensen');

    await page.getByRole('button', { name: 'Redigér Trine Mølgaard' }).click();
    const dialog = page.getByRole('dialog', { name: 'Redigér Trine Mølgaard' });
    await expect(dialog.getByRole('combobox', { name: 'Nærmeste leder' })).toHaveValue(
      'Søren Bach Kristensen',
    );
    await pickManager(dialog, page, 'overg', 'Niels Overgaard');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Trine Mølgaard' })).toContainText(
      'Ændringerne af Trine Mølgaard er gemt.',
    );
    await expect(rows.first()).toContainText('Niels Overgaard');

    // Niels under Inge Lassen, who is under Trine, who is now under Niels: a ring.
    await searchLeaders(page, 'OVERGAARD');
    await page.getByRole('button', { name: 'Redigér Niels Overgaard' }).click();
    const niels = page.getByRole('dialog', { name: 'Redigér Niels Overgaard' });
    await pickManager(niels, page, 'inge l', 'Inge Lassen');
    await niels.getByRole('button', { name: 'Gem' }).click();
    const problem = niels.getByRole('alert');
    await expect(problem).toContainText('Lederen blev ikke gemt.');
    await expect(problem).toContainText(
      'Nærmeste leder: Lederkæden går i ring: lederen står (indirekte) over sig selv.',
    );
    await expect(problem).toBeFocused();
    await expectNoA11yViolations(page);
    await niels.getByRole('button', { name: 'Annuller' }).click();
    await expect(niels).toBeHidden();
    await expect(page.getByTestId('leaders').locator('tbody tr').first()).toContainText(
      'Søren Bach Kristensen',
    );

    await page.getByRole('button', { name: 'Nulstil' }).click();
    await expect(page.locator('#leaders-count')).toContainText('Viser 1-20 af');
    await saveScreenshot(page, 'administration-ledere-da');
  });

  test('an admin creates a unit in the tree and a leader in it', async ({ page }) => {
    await signIn(page, demoAccount('admin'));
    await page.goto('/administration/enheder');
    const tree = page.getByRole('tree', { name: 'Organisationen' });
    await expect(tree).toBeVisible();
    await expectNoA11yViolations(page);

    await tree.getByRole('treeitem', { name: /^Ældreområdet/ }).click();
    await expect(page.getByTestId('org-unit-title')).toHaveText('Ældreområdet');
    await page.locator('#create-unit-name').fill('Demensteam Vest');
    await page.locator('#create-unit-external-id').fill('IBK-9500');
    await page.getByRole('button', { name: 'Opret enhed' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Demensteam' })).toHaveText(
      'Enheden Demensteam Vest er oprettet under Ældreområdet.',
    );
    // The new unit is in the tree; the keyboard chooses it.
    const created = tree.getByRole('treeitem', { name: /^Demensteam Vest/ });
    await expect(created).toBeVisible();
    await tree.getByRole('treeitem', { name: /^Ældreområdet/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(created).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('org-unit-title')).toHaveText('Demensteam Vest');
    await expect(created).toHaveAttribute('aria-selected', 'true');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'administration-enheder-da');

    const units = await (await page.request.get('/api/org-units')).json();
    const unitId = units.find((u: { name: string }) => u.name === 'Demensteam Vest').id as string;
    await page.goto('/administration/ledere');
    await page.getByRole('button', { name: 'Opret leder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Opret leder' });
    await dialog.getByLabel('Navn').fill('Åse Dahl');
    await dialog.getByLabel('E-mail').fill('aase.dahl@ikast-brande.dk');
    await dialog.getByLabel('Stilling').fill('Teamleder, demens');
    await dialog.getByLabel('Lederniveau').selectOption('foerstelinjeleder');
    await dialog.getByLabel('Enhed').selectOption(unitId);
    await pickManager(dialog, page, 'susanne', 'Susanne Bech Pedersen');
    await dialog.getByLabel('Startdato').fill('2026-01-01');
    await dialog.getByRole('button', { name: 'Opret leder' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Åse' })).toHaveText(
      'Åse Dahl er oprettet.',
    );

    await searchLeaders(page, 'åse dahl');
    const row = page.getByTestId('leaders').locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Demensteam Vest');
    await expect(row).toContainText('Susanne Bech Pedersen');
    await expect(row).toContainText('Ingen konto');
  });
});
