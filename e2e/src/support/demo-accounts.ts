import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DemoAccount {
  role: 'leader' | 'manager' | 'hr' | 'director' | 'admin';
  email: string;
  password: string;
  name: string;
}

const accounts: DemoAccount[] = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'docs', 'demo-accounts.json'), 'utf8'),
);

/** A demo account from docs/demo-accounts.json; `index` picks the second leader. */
export function demoAccount(role: DemoAccount['role'], index = 0): DemoAccount {
  const account = accounts.filter((a) => a.role === role)[index];
  if (!account) throw new Error(`docs/demo-accounts.json has no ${role} #${index}`);
  return account;
}
