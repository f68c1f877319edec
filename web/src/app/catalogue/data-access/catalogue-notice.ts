import { Injectable, signal } from '@angular/core';

/**
 * A message that outlives a navigation: "Tilbuddet er oprettet" shown on the page the editor
 * goes to. The next page takes it once.
 */
@Injectable({ providedIn: 'root' })
export class CatalogueNotice {
  private readonly message = signal<string | null>(null);

  set(message: string): void {
    this.message.set(message);
  }

  /** The waiting message, which is then gone. */
  take(): string | null {
    const message = this.message();
    this.message.set(null);
    return message;
  }
}
