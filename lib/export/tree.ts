import type { DomUtils, parseDocument } from 'htmlparser2';

/** A page parsed by htmlparser2 (domhandler's nodes), named through htmlparser2, the dependency the site declares. */
export type Document = ReturnType<typeof parseDocument>;
export type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
/** An element's attributes: any name may be missing (domhandler types every one as present). */
export type Attributes = Partial<Record<string, string>>;
