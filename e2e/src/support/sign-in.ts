import { expect, type Page } from '@playwright/test';
import type { DemoAccount } from './demo-accounts';

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, account: DemoAccount, path = '/log-ind'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Adgangskode').fill(account.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
}
