import { checkSigningSecret, loadConfig } from './config';

describe('configuration checked at boot', () => {
  it('runs on embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/estate_desk',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_TASK_QUEUE: 'estate-desk',
      API_PORT: 3000,
    });
  });

  it('names every bad setting and why', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', API_PORT: 'eighty', TEMPORAL_ADDRESS: 'nowhere' })).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ connection URL.*TEMPORAL_ADDRESS: must be host:port.*API_PORT/,
    );
  });

  it('has no signing secret of its own, and refuses a short or published one in every mode', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set in production/);
    expect(() => checkSigningSecret(loadConfig({}).JWT_SECRET)).toThrow(/JWT_SECRET must be set/);
    const strong = 'Vt3q9-xPz0LkR7mW2bYc8sNd4hJf6gAe1uQo5iTy';
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: strong }).JWT_SECRET).toBe(strong);
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(() => loadConfig({ NODE_ENV, JWT_SECRET: 'estate-desk-development-secret' })).toThrow(/published example value/);
      expect(() => loadConfig({ NODE_ENV, JWT_SECRET: 'change-me-to-a-long-random-secret' })).toThrow(/published example value/);
      expect(() => loadConfig({ NODE_ENV, JWT_SECRET: 'short-but-random-9f' })).toThrow(/too short or too simple/);
      expect(() => loadConfig({ NODE_ENV, JWT_SECRET: 'ab'.repeat(30) })).toThrow(/too short or too simple/);
    }
  });

  it('listens on the loopback and allows no other origin unless told', () => {
    expect(loadConfig({})).toMatchObject({ API_HOST: '127.0.0.1', CORS_ORIGINS: '', TOKEN_TTL_SECONDS: 900 });
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://desk.example.com,null' })).toThrow(/CORS_ORIGINS/);
  });
});
