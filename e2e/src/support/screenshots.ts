import type { Page } from '@playwright/test';
import { join } from 'node:path';

const dir = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

/**
 * Saves a screenshot for the user guides (docs/screenshots/<name>.png): the full page, or
 * with `fullPage: false` what the viewport shows (for a page too long to show whole).
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await page.screenshot({
    path: join(dir, `${name}.png`),
    fullPage: options.fullPage ?? true,
    animations: 'disabled',
  });
}
