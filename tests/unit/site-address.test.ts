import { describe, expect, it } from 'vitest';
import { LOCAL_ADDRESS, siteAddress } from '../../src/lib/site-address.ts';

describe('the address a build is for', () => {
  it('is this machine when no public address is given, and says so', () => {
    expect(siteAddress({})).toEqual({ site: LOCAL_ADDRESS, local: true });
    expect(siteAddress({ SITE_URL: ' ', DEPLOY: '0' })).toEqual({ site: LOCAL_ADDRESS, local: true });
  });

  it('is the public address given', () => {
    expect(siteAddress({ SITE_URL: 'https://decisions.example.kz', DEPLOY: '1' })).toEqual({
      site: 'https://decisions.example.kz',
      local: false,
    });
  });

  it('stops a build for publishing without a public address, saying what to set', () => {
    const missing = siteAddress({ DEPLOY: '1' });
    expect(missing).toBeInstanceOf(Error);
    expect((missing as Error).message).toContain('set SITE_URL to the public address');
    expect((siteAddress({ DEPLOY: 'true', SITE_URL: 'http://localhost:4321' }) as Error).message).toContain('names this machine');
  });

  it('refuses an address that is not one', () => {
    expect((siteAddress({ SITE_URL: 'decisions.example.kz' }) as Error).message).toBe(
      'SITE_URL is not an address: "decisions.example.kz". Give the whole address, as in https://decisions.example.kz.',
    );
    expect((siteAddress({ SITE_URL: 'ftp://example.kz' }) as Error).message).toContain('https://');
  });
});
