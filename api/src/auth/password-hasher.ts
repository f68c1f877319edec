import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** Minimum length of a new password; long passphrases beat complexity rules (NIST 800-63B). */
export const MIN_PASSWORD_LENGTH = 12;

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes). */
@Injectable()
export class PasswordHasher {
  // Verified against when an e-mail is unknown, so that a wrong e-mail takes as long as a
  // wrong password and sign-in does not reveal which e-mails have accounts.
  private readonly dummyHash = argon2.hash('lederloeft-timing-equaliser', {
    type: argon2.argon2id,
  });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummyHash), password);
    } catch {
      return false;
    }
  }
}
