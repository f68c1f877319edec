import type { Page } from '@playwright/test';
import { join } from 'node:path';

const dir = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

/** Saves a full-page screenshot for the user guides (docs/screenshots/<name>.png). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, animations: 'disabled' });
}
