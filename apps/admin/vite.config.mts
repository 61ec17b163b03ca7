import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';

/**
 * The back office is a static single-page app. It talks to the API only through the relative
 * base URL `/api`, so the same build works wherever the API runs: in development and in
 * `vite preview` the proxy below forwards `/api/*` to API_URL with the `/api` prefix stripped;
 * in production the reverse proxy in front of the app does the same.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.ADMIN_PORT ?? 5173);
const host = process.env.ADMIN_HOST ?? '127.0.0.1';
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

const proxy: Record<string, ProxyOptions> = {
  // A key starting with ^ is a regular expression: /api and /api/... but not /apiary.
  '^/api(?=/|\\?|$)': {
    target: apiUrl,
    changeOrigin: true,
    rewrite: (path) => path.replace(/^\/api/, '') || '/',
  },
};

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // MUI's modules start with "use client" (a React Server Components hint): meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
  server: { port, host, strictPort: true, proxy },
  preview: { port, host, strictPort: true, proxy },
});
