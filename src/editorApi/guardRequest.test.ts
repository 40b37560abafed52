import { describe, expect, it } from 'vitest';
import { guardRequest, type RequestFacts } from './guardRequest.ts';

const token = 'session-token-0123456789';
const fromPage: RequestFacts = {
  method: 'POST',
  remoteAddress: '127.0.0.1',
  host: 'localhost:5185',
  origin: 'http://localhost:5185',
  fetchSite: 'same-origin',
  token,
};

describe('guardRequest', () => {
  it('lets a write from the editor page with its token through', () => {
    expect(guardRequest(fromPage, token)).toBeNull();
  });

  it('lets a same-origin read through without an Origin header, as browsers send it', () => {
    expect(guardRequest({ ...fromPage, method: 'GET', origin: undefined }, token)).toBeNull();
  });

  it('refuses a request from another computer', () => {
    expect(guardRequest({ ...fromPage, remoteAddress: '192.168.1.20' }, token)).toEqual({
      code: 'not-local',
      address: '192.168.1.20',
    });
  });

  it('refuses a host name that is not local, as after DNS rebinding', () => {
    expect(
      guardRequest(
        { ...fromPage, host: 'evil.example:5185', origin: 'http://evil.example:5185' },
        token,
      ),
    ).toEqual({ code: 'wrong-host', host: 'evil.example:5185' });
  });

  it('refuses a write from another origin, even with the token', () => {
    expect(guardRequest({ ...fromPage, origin: 'http://localhost:3000' }, token)).toMatchObject({
      code: 'cross-origin',
      origin: 'http://localhost:3000',
    });
  });

  it('refuses a write that carries no Origin at all', () => {
    expect(guardRequest({ ...fromPage, origin: undefined }, token)?.code).toBe('cross-origin');
  });

  it('refuses a request the browser marks as cross-site', () => {
    expect(guardRequest({ ...fromPage, fetchSite: 'cross-site' }, token)?.code).toBe(
      'cross-origin',
    );
  });

  it('refuses a request without the token, and one with a wrong token', () => {
    expect(guardRequest({ ...fromPage, token: undefined }, token)).toEqual({ code: 'no-token' });
    expect(guardRequest({ ...fromPage, token: 'session-token-9876543210' }, token)).toEqual({
      code: 'bad-token',
    });
    expect(guardRequest({ ...fromPage, token: 'short' }, token)).toEqual({ code: 'bad-token' });
  });
});
