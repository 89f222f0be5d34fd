import { Component, Doc, Page, Post, Provider, Redirects } from '../../contentlayer.config';
import type { CollectionSpec } from './frontmatter';

/**
 * Every collection's definition as plain data, for the content check and the editor's guide.
 * contentlayer's own field types are a wide union (references, images, …) that this site does
 * not use; CollectionSpec is the part it does, so the conversion is made here, once.
 */
export function collectionSpecs(): CollectionSpec[] {
  return [Doc, Post, Page, Provider, Component, Redirects].map((type) => type.def() as unknown as CollectionSpec);
}
