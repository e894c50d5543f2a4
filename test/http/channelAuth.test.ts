// Channel authentication for real, offline: tokens signed with a test RSA key,
// Bot Framework's OpenID metadata and keys served by nock.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jwt from 'jsonwebtoken';
import nock from 'nock';
import { messageActivity, postJson, startTestServer } from '../helpers/testServer';

const APP_ID = '00000000-0000-0000-0000-0000000000aa';
const KID = 'test-kid-1';
const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
// Keys from files, not generated here: see keys/README.md.
const readKey = (name: string) => createPrivateKey(readFileSync(join(__dirname, 'keys', name), 'utf8'));
const privateKey = readKey('test-signing-key.pem');
const { n, e } = createPublicKey(privateKey).export({ format: 'jwk' });

const token = (claims: Record<string, unknown> = {}, kid = KID) =>
  jwt.sign(
    { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, ...claims },
    privateKey,
    {
      algorithm: 'RS256',
      keyid: kid,
      expiresIn: '5m',
    },
  );

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  // The SDK console.error-s every rejected token; the assertions below are what matters.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  nock('https://login.botframework.com')
    .persist()
    .get('/v1/.well-known/openidconfiguration')
    .reply(200, {
      issuer: 'https://api.botframework.com',
      jwks_uri: 'https://login.botframework.com/v1/.well-known/keys',
    })
    .get('/v1/.well-known/keys')
    .reply(200, {
      keys: [
        {
          kty: 'RSA',
          use: 'sig',
          kid: KID,
          n,
          e,
          endorsements: ['msteams', 'webchat', 'directline', 'slack'],
        },
      ],
    });
  server = await startTestServer(undefined, { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret' });
});
afterAll(async () => server.stop());

const teamsMessage = (text: string) =>
  messageActivity(text, 'a:1conv', { channelId: 'msteams', serviceUrl: SERVICE_URL });

describe('channel authentication on /api/messages', () => {
  it('accepts a valid channel token and answers in the body', async () => {
    const res = await postJson(server.base, '/api/messages', teamsMessage('show me tents'), {
      authorization: `Bearer ${token()}`,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { text?: string }[] };
    expect(body.activities[0].text).toMatch(/matches/);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a token for another bot', token({ aud: 'someone-else' })],
    ['a serviceUrl claim that does not match', token({ serviceurl: 'https://evil.example/' })],
    ['an unknown signing key', token({}, 'other-kid')],
    ['a malformed token', 'not-a-jwt'],
    [
      'a token signed by another key',
      jwt.sign({ iss: 'https://api.botframework.com', aud: APP_ID }, readKey('other-signing-key.pem'), {
        algorithm: 'RS256',
        keyid: KID,
        expiresIn: '5m',
      }),
    ],
  ])('rejects %s with 401', async (_case, bearer) => {
    const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
    const res = await postJson(server.base, '/api/messages', teamsMessage('hi'), headers);
    expect(res.status).toBe(401);
  });

  it('rejects a channel that the key does not endorse', async () => {
    const res = await postJson(
      server.base,
      '/api/messages',
      { ...teamsMessage('hi'), channelId: 'telegram' },
      { authorization: `Bearer ${token()}` },
    );
    expect(res.status).toBe(401);
  });
});
