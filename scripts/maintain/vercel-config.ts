// Writes vercel.json from content/redirects.yaml and lib/deploy/headers.ts (npm run vercel-config). A unit
// test fails when the committed file is out of date, so redirects edited in content and header
// changes (the CSP's script hashes included) always reach Vercel and `npm run serve`.
import { writeFileSync } from 'node:fs';
import { loadRedirects } from '../../lib/content/redirects';
import { vercelConfig } from '../../lib/deploy/vercel-config';

writeFileSync('vercel.json', `${JSON.stringify(vercelConfig(loadRedirects()), null, 2)}\n`);
console.log('Wrote vercel.json.');
