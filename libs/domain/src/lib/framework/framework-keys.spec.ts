import { isStableKey, newStableKey } from './framework-keys';

describe('newStableKey', () => {
  const none = new Set<string>();

  it('prefixes the first words of the Danish text with the competency key', () => {
    expect(newStableKey('handlekraft', 'Give medarbejderne råderum til at handle', none)).toBe(
      'handlekraft.give-medarbejderne-raaderum-til-at',
    );
  });

  it('spells out æ, ø and å and drops accents and punctuation', () => {
    expect(newStableKey('paa-tvaers', 'Søge på tværs: idéer, ønsker!', none)).toBe(
      'paa-tvaers.soege-paa-tvaers-ideer-oensker',
    );
  });

  it('gives an item without usable text a placeholder word', () => {
    expect(newStableKey('hedekraft', '  – ', none)).toBe('hedekraft.ny');
    expect(newStableKey('', '', none)).toBe('ny');
  });

  it('counts up until the key is free', () => {
    const taken = new Set(['hedekraft.ny', 'hedekraft.ny-2']);
    expect(newStableKey('hedekraft', '', taken)).toBe('hedekraft.ny-3');
  });

  it('stays a valid key however long the text or the prefix', () => {
    const long = newStableKey('a'.repeat(95), 'ord '.repeat(50), new Set(['a'.repeat(95)]));
    expect(isStableKey(long)).toBe(true);
    const words = newStableKey('k', 'abcdefghij'.repeat(30), none);
    expect(isStableKey(words)).toBe(true);
    expect(words.startsWith('k.abcdefghij')).toBe(true);
  });
});
