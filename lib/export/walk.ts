// The one walk over the static export that finishes it (scripts/build/postbuild.ts runs it after `next build`):
// - every page loses Next's and React's browser runtime, by allowlist (./allowlist.ts): pages are
//   complete server-rendered HTML enhanced by the site script (lib/browser/), so nothing hydrates,
//   and the runtime (~130 KB gzip), the inline RSC payload (about half a page) and the
//   client-navigation payloads only cost time. Anything script-like it does not know fails;
// - the system setting chooses light or dark when JavaScript is off (lib/site/system-scheme.ts), in the
//   stylesheets and in Mantine's inline theme style;
// - steps that need every finished page plug in as hooks and see each one once (PageHook);
// - files in out/_next that no page and no stylesheet a page uses references are deleted (Next's
//   chunks, now loaded by nothing), and a reference to a file that is missing fails.
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addSystemSchemeFallback } from '../site/system-scheme';
import type { SiteForms } from './allowlist';
import { finishPage, PageError } from './page';
import { cssUrls, NEXT_PREFIX, sitePath } from './references';
import type { Document } from './tree';

/** A finished page, as a hook sees it: already written to `file`; the hook must not change it. */
export type ExportPage = { file: string; url: string; html: string; document: Document };

/** A finishing step in the same walk (search indexing, feeds…): onPage for every page, then done once. */
export type PageHook = { onPage(page: ExportPage): void; done?(): void };

export type ExportSummary = {
  pages: number;
  htmlBytesBefore: number;
  htmlBytesAfter: number;
  stylesheets: number;
  payloadsRemoved: number;
  unreferencedDeleted: number;
  unreferencedBytes: number;
};

/** A file's path on the site: `out/docs/x/index.html` → `/docs/x/index.html`. */
const siteFilePath = (out: string, file: string) => `/${path.relative(out, file).split(path.sep).join('/')}`;

/** Problems listed once each, with the files they were found in. */
function report(errors: PageError[]): string {
  const files = new Map<string, string[]>();
  for (const error of errors) for (const problem of error.problems) files.set(problem, [...(files.get(problem) ?? []), error.file]);
  return [...files]
    .map(
      ([problem, where]) =>
        `${problem}\n    in ${where.length === 1 ? where[0] : `${where.length} files: ${where.slice(0, 3).join(', ')}${where.length > 3 ? ', …' : ''}`}`,
    )
    .join('\n');
}

/** Finishes the export in `out` (see the top of this file); throws listing every problem found, before deleting anything. */
export function finishExport(out: string, forms: SiteForms, hooks: readonly PageHook[] = []): ExportSummary {
  const summary: ExportSummary = {
    pages: 0,
    htmlBytesBefore: 0,
    htmlBytesAfter: 0,
    stylesheets: 0,
    payloadsRemoved: 0,
    unreferencedDeleted: 0,
    unreferencedBytes: 0,
  };
  // Mantine's inline theme style is the same on every page: rewrite each variant once.
  const themeStyles = new Map<string, string>();
  const themeStyle = (css: string) => {
    let rewritten = themeStyles.get(css);
    if (rewritten === undefined) {
      rewritten = addSystemSchemeFallback(css);
      themeStyles.set(css, rewritten);
    }
    return rewritten;
  };
  const errors: PageError[] = [];
  /** /_next/ path → the first page that references it. */
  const pageReferences = new Map<string, string>();
  /** Stylesheet path → the /_next/ paths it references (fonts, images). */
  const stylesheetReferences = new Map<string, string[]>();
  const nextFiles: string[] = [];
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const sitePathOfFile = siteFilePath(out, file);
    if (sitePathOfFile.startsWith(NEXT_PREFIX)) nextFiles.push(file);
    if (entry.name.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      const url = sitePathOfFile.replace(/\/index\.html$/, '/');
      try {
        const page = finishPage(html, file, { ...forms, url, themeStyle });
        writeFileSync(file, page.html);
        for (const reference of page.references) if (!pageReferences.has(reference)) pageReferences.set(reference, file);
        for (const hook of hooks) hook.onPage({ file, url, html: page.html, document: page.document });
        summary.pages += 1;
        summary.htmlBytesBefore += Buffer.byteLength(html);
        summary.htmlBytesAfter += Buffer.byteLength(page.html);
      } catch (error) {
        if (!(error instanceof PageError)) throw error;
        errors.push(error);
      }
    } else if (entry.name.endsWith('.css')) {
      const css = addSystemSchemeFallback(readFileSync(file, 'utf8'));
      writeFileSync(file, css);
      const references = cssUrls(css).map((url) => sitePath(url, sitePathOfFile, forms.siteUrl));
      stylesheetReferences.set(
        sitePathOfFile,
        references.filter((reference): reference is string => reference?.startsWith(NEXT_PREFIX) === true),
      );
      summary.stylesheets += 1;
    } else if (
      /^__next\..*\.txt$/.test(entry.name) ||
      (entry.name === 'index.txt' && existsSync(path.join(entry.parentPath, 'index.html')))
    ) {
      // Client-navigation payloads: only the router, which no page loads, reads them.
      rmSync(file);
      summary.payloadsRemoved += 1;
    }
  }
  // What pages reference, and what the stylesheets among those reference in turn.
  const referenced = new Map(pageReferences);
  for (const [reference] of referenced) {
    for (const inner of stylesheetReferences.get(reference) ?? [])
      if (!referenced.has(inner)) referenced.set(inner, path.join(out, reference));
  }
  for (const [reference, by] of referenced) {
    if (!existsSync(path.join(out, reference))) errors.push(new PageError(by, [`references ${reference}, which is not in ${out}/`]));
  }
  if (errors.length) throw new Error(`The export has things it cannot finish:\n${report(errors)}`);
  for (const file of nextFiles) {
    if (referenced.has(siteFilePath(out, file))) continue;
    summary.unreferencedBytes += statSync(file).size;
    summary.unreferencedDeleted += 1;
    rmSync(file);
  }
  // Deepest first, so a folder emptied by its children's removal goes too.
  const nextFolder = path.join(out, NEXT_PREFIX);
  const folders = existsSync(nextFolder)
    ? readdirSync(nextFolder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory())
    : [];
  for (const folder of folders.map((entry) => path.join(entry.parentPath, entry.name)).sort((a, b) => b.length - a.length)) {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
  for (const hook of hooks) hook.done?.();
  return summary;
}
