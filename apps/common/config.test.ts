import { loadConfig } from './config';

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

  it('refuses the development signing secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set in production/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-some-length' }).JWT_SECRET).toBe('a-real-secret-of-some-length');
  });
});
