import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  const t0 = 1_000_000;

  it('blocks an e-mail after five failures for the rest of the 15-minute window', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 4; i++) throttle.recordFailure('a@x.dk', '1.1.1.1', t0 + i);
    expect(throttle.retryAfterMs('a@x.dk', '1.1.1.1', t0 + 10)).toBe(0);
    throttle.recordFailure('a@x.dk', '1.1.1.1', t0 + 10);
    expect(throttle.retryAfterMs('a@x.dk', '1.1.1.1', t0 + 60_000)).toBe(15 * 60_000 - 60_000);
    expect(throttle.retryAfterMs('b@x.dk', '2.2.2.2', t0 + 60_000)).toBe(0);
    expect(throttle.retryAfterMs('a@x.dk', '1.1.1.1', t0 + 15 * 60_000)).toBe(0);
  });

  it('blocks an address that guesses across many e-mails', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 30; i++) throttle.recordFailure(`u${i}@x.dk`, '9.9.9.9', t0);
    expect(throttle.retryAfterMs('new@x.dk', '9.9.9.9', t0 + 1)).toBeGreaterThan(0);
  });

  it("forgets an e-mail's failures after a successful sign-in", () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 5; i++) throttle.recordFailure('a@x.dk', '1.1.1.1', t0);
    throttle.recordSuccess('a@x.dk');
    expect(throttle.retryAfterMs('a@x.dk', '3.3.3.3', t0 + 1)).toBe(0);
  });
});
