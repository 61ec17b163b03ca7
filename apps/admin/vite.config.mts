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

/**
 * Security headers of the back office's pages (what Helmet gives the API): its own scripts only, no framing,
 * no sniffing, no referrer. Styles may be inline (MUI's emotion and index.html write them); PDFs and downloads
 * are blob: URLs. The dev server (`server`) adds what Vite's hot reload needs.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};
const devHeaders = { ...securityHeaders, 'Content-Security-Policy': contentSecurityPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: wss:") };

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
  server: { port, host, strictPort: true, proxy, headers: devHeaders },
  preview: { port, host, strictPort: true, proxy, headers: securityHeaders },
});
