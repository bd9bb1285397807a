import { describe, expect, it } from 'vitest';
import { GoradarError, redactCredentials } from './errors.js';

describe('redactCredentials', () => {
  it.each([
    ['https://user:secret@proxy.example.com/mod', 'https://proxy.example.com/mod'],
    ['fetch https://tok@a.example/x failed; then http://u:p@b.example', 'fetch https://a.example/x failed; then http://b.example'],
    ['no url here: user@example.com', 'no url here: user@example.com'],
  ])('%s', (input, want) => {
    expect(redactCredentials(input)).toBe(want);
  });

  it('applies to error messages and hints', () => {
    const err = new GoradarError('ERR_PROXY', 'GET https://me:pw@p.example/@v/list: 500', { hint: 'check https://me:pw@p.example' });
    expect(err.message).not.toContain('pw');
    expect(err.hint).not.toContain('pw');
    expect(err.exitCode).toBe(3);
  });
});
