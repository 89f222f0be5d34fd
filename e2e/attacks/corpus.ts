// The attack corpus: hostile content as a fork's pull request would send it. Every file in docs/,
// blog/ and support/ here, and every file addAttackCorpus generates, must be refused by the check
// with its exact file, line and message (scripts/build/check.test.ts); inert.md(x) must render inert
// (e2e/attacks.spec.ts).
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = path.dirname(fileURLToPath(import.meta.url));
/** Where each corpus folder goes in content/. */
const PLACES: Record<string, string> = { docs: 'docs/attacks', support: 'support', blog: 'blog' };
/**
 * `<!-- expect COL MESSAGE -->` (`{/* … *\/}` in MDX, `# …` in YAML) states a problem on the first
 * following line that is not an expectation; `expect 1:COL …` one on line 1 (the file name's).
 */
const EXPECT = /^(?:<!--|\{\/\*|#) expect (?:(\d+):)?(\d+) (.+?)(?: -->| \*\/\})?$/;

/** A problem the check must report, `content/`-relative file as the check prints it. */
export type Expected = { file: string; line: number; column: number; message: string };

/** The problems each corpus file declares, keyed as the check prints them. */
function declaredProblems(): Expected[] {
  const expected: Expected[] = [];
  for (const [folder, place] of Object.entries(PLACES)) {
    for (const name of readdirSync(path.join(CORPUS, folder))) {
      const lines = readFileSync(path.join(CORPUS, folder, name), 'utf8').split('\n');
      lines.forEach((line, index) => {
        const match = EXPECT.exec(line);
        if (!match) return;
        let target = index + 1;
        while (EXPECT.test(lines[target] ?? '')) target++;
        expected.push({ file: `content/${place}/${name}`, line: match[1] ? Number(match[1]) : target + 1, column: Number(match[2]), message: match[3] });
      });
    }
  }
  return expected;
}

/** Hostile files that cannot sit in the repository as they are: links, odd names, huge or deep bodies. */
function generateHostileFiles(content: string, budgetSeconds: number): Expected[] {
  const docs = path.join(content, 'docs/attacks');
  const at = (file: string, message: string, line = 1, column = 1): Expected => ({ file: `content/docs/attacks/${file}`, line, column, message });
  symlinkSync('/', path.join(docs, 'root-link'));
  symlinkSync('/etc/passwd', path.join(docs, 'passwd.md'));
  writeFileSync(path.join(docs, '..md'), '---\ntitle: Dot dot\n---\n\nText.\n');
  writeFileSync(path.join(docs, 'invoice\u202egnp.md'), '---\ntitle: Reversed name\n---\n\nText.\n');
  writeFileSync(path.join(docs, 'bell\u0007.md'), '---\ntitle: Control character\n---\n\nText.\n');
  writeFileSync(path.join(docs, 'huge.md'), `---\ntitle: Twenty megabytes\n---\n\n${'All work and no play. '.repeat(20 * 2 ** 20 / 22)}\n`);
  writeFileSync(path.join(docs, 'nested-items.md'), `---\ntitle: Ten thousand nested items\n---\n\n${'- '.repeat(10_000)}bottom\n`);
  const nested = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- level ${i + 1}`).join('\n');
  // 2,000 levels of indentation are 4 MB; 900 levels stay under the size limit.
  writeFileSync(path.join(docs, 'nested-indented.md'), `---\ntitle: Two thousand nested lists\n---\n\n${nested(2000)}\n`);
  writeFileSync(path.join(docs, 'nested-indented-900.md'), `---\ntitle: Nine hundred nested lists\n---\n\n${nested(900)}\n`);
  writeFileSync(path.join(docs, 'huge-title.md'), `---\ntitle: ${'T'.repeat(100_000)}\n---\n\nText.\n`);
  // Within every static limit, yet the Markdown parser slows down with the square of its size.
  writeFileSync(path.join(docs, 'slow-to-parse.md'), `---\ntitle: Slow to parse\n---\n\n${'para\n\n- a\n\n'.repeat(10_000)}`);
  // An image that is a document: served from the site's origin it could run its script.
  writeFileSync(path.join(docs, 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
  // A heading on /download/ that would take the anchor of the Prometheus downloads listed below it.
  const downloadPage = path.join(content, 'pages/download.md');
  const downloadText = readFileSync(downloadPage, 'utf8').trimEnd();
  writeFileSync(downloadPage, `${downloadText}\n\n## Prometheus\n`);
  return [
    { file: 'content/pages/download.md', line: downloadText.split('\n').length + 2, column: 1, message: 'The id "prometheus" is an anchor of the listing on /download/: rename the heading or the id' },
    at('root-link', 'A symbolic link: content/ holds only real files and folders (links are never followed); copy the file instead'),
    at('passwd.md', 'A symbolic link: content/ holds only real files and folders (links are never followed); copy the file instead'),
    at('..md', 'The name "..md" starts with "."; content file and folder names start with a letter or digit'),
    at('invoice\u202egnp.md', 'The name "invoice\u202egnp.md" contains control or text-direction characters: rename it'),
    at('bell\u0007.md', 'The name "bell\\u0007.md" contains control or text-direction characters: rename it'),
    at('huge.md', 'The file is 20480 KB; content files may be at most 1024 KB: split it into several pages'),
    at('nested-items.md', 'Lists or blockquotes nest deeper than 32 levels here (10000 marker(s) after 0 columns of indentation): flatten the structure', 5),
    at('nested-indented.md', 'The file is 3929 KB; content files may be at most 1024 KB: split it into several pages'),
    at('nested-indented-900.md', 'Lists or blockquotes nest deeper than 32 levels here (1 marker(s) after 64 columns of indentation): flatten the structure', 37, 65),
    at('huge-title.md', '"title" may be at most 120 characters long, got 100000', 2, 8),
    at('diagram.svg', 'SVG files are not served from content/ (an SVG can run scripts): export the drawing as PNG or WebP beside the Markdown, or add it to public/assets/ in a reviewed change'),
    at('slow-to-parse.md', `This file took longer than ${budgetSeconds} s to compile and was stopped: split it into smaller pages, or simplify long runs of lists, tables or links`),
  ];
}

/**
 * Puts the corpus into a copy of the site's `content/` folder, with the files that cannot be
 * committed, and returns every problem the check must report for it.
 */
export function addAttackCorpus(content: string, budgetSeconds: number): Expected[] {
  for (const [folder, place] of Object.entries(PLACES)) cpSync(path.join(CORPUS, folder), path.join(content, place), { recursive: true });
  return [...declaredProblems(), ...generateHostileFiles(content, budgetSeconds)];
}
