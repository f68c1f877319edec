import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DemoAccountEntry {
  role: 'leader' | 'manager' | 'hr' | 'director' | 'admin';
  email: string;
  password: string;
  name: string;
}

/** docs/demo-accounts.json: the accounts the README lists and the e2e tests use. */
export const DEMO_ACCOUNT_LIST: DemoAccountEntry[] = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'docs', 'demo-accounts.json'), 'utf8'),
);

/** The demo account of a role; `index` picks the second leader. */
export function demoAccount(role: DemoAccountEntry['role'], index = 0): DemoAccountEntry {
  const account = DEMO_ACCOUNT_LIST.filter((a) => a.role === role)[index];
  if (!account) throw new Error(`No demo account for ${role} #${index}`);
  return account;
}
