import { uuidV5 } from './uuid-v5';

describe('uuidV5', () => {
  const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

  it('matches the RFC test vector', () => {
    // python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('python.org', DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('is stable for the same name and differs for another', () => {
    expect(uuidV5('a', DNS)).toBe(uuidV5('a', DNS));
    expect(uuidV5('a', DNS)).not.toBe(uuidV5('b', DNS));
  });
});
