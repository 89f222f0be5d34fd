import type { MetadataRoute } from 'next';
import { previewBranch } from '../lib/deploy/preview';
import { siteConfig } from '../site.config';

export const dynamic = 'force-static';

/** Production: everything, and the sitemap. Preview deploys: nothing. */
export default function robots(): MetadataRoute.Robots {
  if (previewBranch()) return { rules: { userAgent: '*', disallow: '/' } };
  return { rules: { userAgent: '*', allow: '/' }, sitemap: `${siteConfig.url}/sitemap.xml` };
}
