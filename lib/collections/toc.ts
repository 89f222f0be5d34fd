import type { TocEntry } from '../markdown/pipeline';

export type { TocEntry };

/** Reads the `toc` computed field, which contentlayer stores as a JSON string. */
export function parseToc(json: string): TocEntry[] {
  return JSON.parse(json) as TocEntry[];
}
