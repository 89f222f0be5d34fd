// Writes EDITING.md, the editor's guide: the hand-written parts below plus a field reference
// generated from the contentlayer schema, so the guide cannot drift from what the build accepts.
// `npm run guide` rewrites it; a unit test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { editorsGuide } from '../../lib/guide/editors-guide-text';
import { collectionSpecs } from '../../lib/collections/schema';

writeFileSync('EDITING.md', editorsGuide(collectionSpecs()));
console.log('Wrote EDITING.md.');
