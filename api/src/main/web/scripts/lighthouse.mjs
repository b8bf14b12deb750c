#!/usr/bin/env node
// Lighthouse (mobile, its default) on the resident app's first screens, with Debian's Chromium; fails under the targets.
// Usage: SIGNPOST_LIGHTHOUSE=/path/to/lighthouse node scripts/lighthouse.mjs http://localhost:8080 [report-dir]
// (Lighthouse 12.2.3: npm install lighthouse@12.2.3 somewhere outside this project). Run by ResidentJourneysInChromiumTest
// when SIGNPOST_LIGHTHOUSE is set. Lighthouse 12 has no PWA category: installability is Chromium's own check, asserted in
// tests/browser/resident-offline.spec.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const out = process.argv[3] ?? 'test-results/lighthouse';
const lighthouse = process.env.SIGNPOST_LIGHTHOUSE ?? 'lighthouse';
const targets = { performance: 0.9, accessibility: 1, 'best-practices': 0.95 };
const pages = { search: '/?q=walking&postcode=S60%201AE', 'sign-in': '/sign-in' };
mkdirSync(out, { recursive: true });
let failed = false;
for (const [name, path] of Object.entries(pages)) {
  const report = `${out}/${name}.json`;
  execFileSync(lighthouse, [base + path, '--output=json', `--output-path=${report}`, '--quiet',
    `--chrome-path=${process.env.SIGNPOST_CHROMIUM ?? '/usr/bin/chromium'}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run',
    '--only-categories=performance,accessibility,best-practices',
    // the map tiles come from a third party that CI cannot reach; the app must not depend on them
    '--blocked-url-patterns=*tile.openstreetmap.org*'], { stdio: 'inherit' });
  const lhr = JSON.parse(readFileSync(report, 'utf8'));
  const scores = Object.fromEntries(Object.keys(targets).map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
  const audits = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
    .map((a) => `${a} ${lhr.audits[a].displayValue}`).join(', ');
  console.log(`lighthouse ${lhr.lighthouseVersion} ${name}: ${JSON.stringify(scores)} (${audits})`);
  for (const [c, min] of Object.entries(targets)) {
    if (lhr.categories[c].score < min) {
      failed = true;
      const below = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0));
      console.log(`  ${c} below ${min * 100}: ${below.map((a) => a.id).join(', ')}`);
    }
  }
}
process.exit(failed ? 1 : 0);
