import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };

/**
 * What the built app may load: its own files only. No inline or injected script can run (a name
 * holding <script> would be inert even if it reached the page as markup), no plugin, no <base>
 * rewrite, no form posting elsewhere. Workers come from the app's own files (blob: for the ones a
 * library may create). Only the build gets it: the dev server's hot reload injects inline scripts.
 * Requests may go to the app's own origin and to a team server, whose address each company sets in
 * Settings: any https address, or the local team server on this machine's loopback (plain http).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: (html: string) =>
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
        ),
    },
    // Installable and offline: every built file is precached, so after the first visit every
    // screen opens with no network. 'prompt', not 'autoUpdate': a new version waits until the user
    // accepts it, and never reloads the page over a half-filled form.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Contact Plan',
        short_name: 'Contact Plan',
        description: 'Offline-first contact plans for government capture teams',
        theme_color: '#111827',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app's code and workers, not the README screenshots.
        globPatterns: ['**/*.{js,css,html,svg,ico,webmanifest}', 'icon-*.png'],
        // The import worker carries SheetJS (about 600 kB); it must work offline too.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  preview: { port: 4173, strictPort: true },
  build: {
    // No source maps in what is served: they would hand out the whole source for nothing a user needs.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // Sync's engine: loaded only once a pursuit is shared or a team server set, never at start.
            { name: 'pouchdb', test: /node_modules[\\/](pouchdb-browser|spark-md5|vuvuzela|events)[\\/]/, priority: 4 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            { name: 'data', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/, priority: 2 },
            {
              name: 'forms',
              test: /node_modules[\\/](zod|react-hook-form|@hookform|date-fns|zustand)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/support/setup.ts'],
  },
});
