import { defineConfig, type Plugin } from 'vitest/config';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ANY_PAGE, PAGES } from './resident/pages';

// Built into api's target/classes/web, which Micronaut serves at / and /console/ (application.yml, ResidentAppShell, ConsoleAppShell).
// SIGNPOST_WEB_OUT_DIR lets a developer build elsewhere.
const outDir = process.env.SIGNPOST_WEB_OUT_DIR ?? fileURLToPath(new URL('../../../target/classes/web', import.meta.url));
const nhsukImages = fileURLToPath(new URL('node_modules/nhsuk-frontend/dist/nhsuk/assets/images', import.meta.url));

/**
 * NHS.UK frontend's compiled CSS as documented, with two changes: its @font-face rules load Frutiger from
 * assets.nhs.uk (licensed to NHS services, and a third-party request a strict CSP refuses), so they are
 * dropped and the documented fallback (Arial) is used; its icons are served from our own /assets/images.
 */
function nhsukFrontendAssets(): Plugin {
  return {
    name: 'signpost-nhsuk-frontend-assets',
    transform(code, id) {
      if (!id.includes('nhsuk-frontend') || !id.split('?')[0]!.endsWith('.css')) return null;
      return { code: code.replace(/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}/g, ''), map: null };
    },
    closeBundle() {
      cpSync(nhsukImages, `${outDir}/assets/images`, { recursive: true, filter: (src) => !/opengraph|icon-(180|192|512)/.test(src) });
    },
  };
}

/**
 * The resident app's page addresses (resident/pages.ts) where the app's other parts read them: web/pages.json for the
 * server, which answers each with the app's shell, and the service worker's test of which navigations it may answer from
 * its copy of the shell when offline.
 */
function residentPages(): Plugin {
  return {
    name: 'signpost-resident-pages',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'pages.json', source: JSON.stringify(PAGES) });
    },
    closeBundle() {
      const worker = `${outDir}/sw.js`;
      writeFileSync(worker, readFileSync(worker, 'utf8').replace("'__SIGNPOST_APP_PAGES__'", JSON.stringify(ANY_PAGE)));
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [nhsukFrontendAssets(), residentPages()],
  build: {
    outDir,
    emptyOutDir: true,
    // no inline scripts or styles, no data: fonts: a strict CSP (default-src 'self') must work
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // NHS.UK frontend's CSS carries old-IE hacks (@media screen\0) that lightningcss's minifier rejects; it is minified already
    cssMinify: false,
    rollupOptions: {
      input: {
        resident: fileURLToPath(new URL('index.html', import.meta.url)),
        // the staff console at /console/ (platform.web.ConsoleAppShell answers every /console/** address with this page)
        console: fileURLToPath(new URL('console/index.html', import.meta.url)),
      },
    },
  },
  test: {
    include: ['resident/**/*.test.ts', 'console/**/*.test.ts', 'common/**/*.test.ts'],
    environment: 'node',
  },
});
