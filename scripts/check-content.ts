// Checks every content file's frontmatter against the contentlayer schema, reporting all
// problems at once as `content/file.md:LINE:COL  message`, before contentlayer runs
// (whose own errors name the file and field but not the line).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Component, Doc, Page, Post, Provider } from '../contentlayer.config';
import { announcementSchedule } from '../lib/announcement';
import { checkFrontmatter, type CollectionSpec, type ValueChecks } from '../lib/content/frontmatter';
import { isTablerIcon } from '../lib/content/icons';
import { parseBlogFileName } from '../lib/content/routes';
import { CONTENT_DIR } from '../lib/content/source';
import { versionedSections } from '../lib/content/versions';

const collections: CollectionSpec[] = [Doc, Post, Page, Provider, Component].map((type) => {
  const def = type.def();
  return { name: def.name, filePathPattern: def.filePathPattern ?? '', fields: def.fields ?? {} } as CollectionSpec;
});

/** A path under public/, as images in content and data are referenced. */
const publicFile = (value: unknown) =>
  typeof value === 'string' && value.startsWith('/') && existsSync(path.join('public', value)) ? null : `${JSON.stringify(value)} is not a file under public/ (write it as /assets/…)`;

const valueChecks: ValueChecks = {
  logo: publicFile,
  logo_dark: publicFile,
  nav_icon: (value) =>
    typeof value === 'string' && isTablerIcon(value) ? null : `${JSON.stringify(value)} is not a @tabler/icons-react icon (kebab-case names, e.g. "book", "flask"; see https://tabler.io/icons)`,
};

const files = readdirSync(CONTENT_DIR, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
  .map((entry) => path.join(entry.parentPath, entry.name))
  .sort();

/** Files of a versioned section must sit in the folder of a version the site config knows. */
function versionProblems(file: string) {
  const [area, first, second] = path.relative(CONTENT_DIR, file).split(path.sep);
  const section = versionedSections().find((s) => area === 'docs' && s.section === first);
  if (!section || section.versions.some((v) => v.id === second)) return [];
  const known = section.versions.map((v) => v.id).join(', ');
  return [{ file, line: 1, column: 1, message: `docs/${first}/ is versioned: put this file in a version folder (${known}), or add the version to versionedDocs in site.config.ts` }];
}

/** Blog posts: the name gives the URL date; `created_at`, when present, must agree with it. */
function blogProblems(file: string, text: string) {
  const relative = path.relative(CONTENT_DIR, file);
  if (!relative.startsWith(`blog${path.sep}`)) return [];
  const parsed = parseBlogFileName(path.basename(file));
  if (!parsed) return [{ file, line: 1, column: 1, message: 'Blog file names must look like YYYY-MM-DD-slug.md (the date is the URL: /blog/YYYY/MM/DD/slug/)' }];
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /^created_at:/.test(l));
  const value = line === -1 ? '' : lines[line].replace(/^created_at:\s*/, '').replace(/["']/g, '').trim();
  const date = `${parsed.year}-${parsed.month}-${parsed.day}`;
  if (value && !value.startsWith(date)) {
    return [{ file, line: line + 1, column: 13, message: `created_at (${value}) does not match the date in the file name (${date})` }];
  }
  return [];
}

const problems = files.flatMap((file) => [...versionProblems(file), ...blogProblems(file, readFileSync(file, 'utf8')), ...checkFrontmatter(file, readFileSync(file, 'utf8'), collections, valueChecks)]);
for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}  ${p.message}`);
if (problems.length) {
  console.error(`\n${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s).`);
  process.exit(1);
}
console.log(`Checked the frontmatter of ${files.length} content files.`);
console.log(announcementSchedule());
