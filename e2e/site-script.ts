import type { Page } from '@playwright/test';

/**
 * Aborts every script file the page asks for (in production the site script, lib/browser/, is the
 * only one), so that only the inline head scripts of lib/site/inline-scripts.ts run. Returns the paths it
 * blocked as they come, for the test to check that the site script was among them.
 */
export async function blockScriptFiles(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().resourceType() !== 'script') return route.fallback();
    blocked.push(new URL(route.request().url()).pathname);
    return route.abort();
  });
  return blocked;
}
