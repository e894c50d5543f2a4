import { ConfigError, loadConfig, redactConfig } from '../src/config';

describe('loadConfig', () => {
  it('runs locally with no environment at all', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3978,
      DATA_DIR: 'data',
      NODE_ENV: 'development',
      MicrosoftAppType: 'MultiTenant',
    });
    expect(c.MicrosoftAppId).toBeUndefined();
  });

  it('ranks the FAQ by meaning and times out idle agents after 30 minutes by default; 0 turns that off', () => {
    expect(loadConfig({})).toMatchObject({ FAQ_SEMANTIC: 'on', HANDOFF_IDLE_TIMEOUT_MS: 1_800_000 });
    expect(loadConfig({ HANDOFF_IDLE_TIMEOUT_MS: '0', FAQ_SEMANTIC: 'off' })).toMatchObject({
      FAQ_SEMANTIC: 'off',
      HANDOFF_IDLE_TIMEOUT_MS: 0,
    });
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ MicrosoftAppId: '', MicrosoftAppPassword: '' }).MicrosoftAppId).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ MAX_BODY_BYTES: '10' }, /MAX_BODY_BYTES/],
    [{ MicrosoftAppType: 'Whatever' }, /MicrosoftAppType/],
    [{ HANDOFF_IDLE_TIMEOUT_MS: '5000' }, /HANDOFF_IDLE_TIMEOUT_MS/],
    [{ FAQ_SEMANTIC: 'maybe' }, /FAQ_SEMANTIC/],
  ])('rejects %j naming the variable', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(pattern);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'loud', NODE_ENV: 'production' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems;
      expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT']);
    }
  });

  it('refuses production without MicrosoftAppId', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /MicrosoftAppId: is required when NODE_ENV=production/,
    );
  });

  it('accepts production with full credentials', () => {
    const c = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' });
    expect(c.MicrosoftAppId).toBe('app');
  });

  it('requires a password with an app id, and a tenant for SingleTenant', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'app' })).toThrow(/MicrosoftAppPassword/);
    expect(() =>
      loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }),
    ).toThrow(/MicrosoftAppTenantId/);
  });

  it('never prints secret values', () => {
    const secret = 's3cr3t-value';
    const c = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: secret });
    expect(JSON.stringify(redactConfig(c))).not.toContain(secret);
    try {
      loadConfig({
        MicrosoftAppId: 'app',
        MicrosoftAppPassword: secret,
        MicrosoftAppType: 'SingleTenant',
        PORT: 'x',
      });
    } catch (e) {
      expect(String((e as Error).message)).not.toContain(secret);
    }
  });
});
