import { components } from '../../lib/collections/collections';
import { downloadsJson } from '../../lib/content/downloads/releases';

export const dynamic = 'force-static';

/** /download.json: the latest and LTS release of every component, with file URLs. */
export function GET() {
  return Response.json(downloadsJson(components));
}
