/** The Prometheus reference pages examples link into, by their file in a docs version (lib/markdown/reference.ts reads them). */
export const REFERENCE_PAGES = {
  functions: 'querying/functions.md',
  operators: 'querying/operators.md',
  basics: 'querying/basics.md',
  configuration: 'configuration/configuration.md',
} as const;
export type ReferencePageName = keyof typeof REFERENCE_PAGES;

/** The source file of a reference page in a version, relative to content/. */
export const referenceFile = (version: string, page: ReferencePageName) => `docs/prometheus/${version}/${REFERENCE_PAGES[page]}`;
