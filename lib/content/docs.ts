import { buildDocsTree } from './docs-tree';
import { docs } from './collections';

/** The docs tree, built once per build worker from the Doc collection. */
export const docsTree = buildDocsTree(docs);
