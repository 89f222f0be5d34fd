import { parsePolicy } from './csp';
import { CONTENT_SECURITY_POLICY, scriptHash } from '../deploy/headers';

/** Script types a browser runs, so CSP script-src applies; any other type is a data block (JSON-LD). */
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  // The value's groups (double-quoted, single-quoted, bare): `at` reads those that did not take part as undefined.
  for (const match of source.matchAll(ATTRIBUTE)) map.set(match[1].toLowerCase(), match.at(2) ?? match.at(3) ?? match.at(4) ?? '');
  return map;
}

/**
 * Fails when `html` has an inline script the browser would run that `policy` does not allow by
 * hash: the CSP would block it on the live site, so the build stops here instead, naming the
 * page and how the script starts.
 */
export function assertInlineScriptsAllowed(html: string, page: string, policy = CONTENT_SECURITY_POLICY): void {
  const allowed = new Set(parsePolicy(policy).get('script-src'));
  for (const [, rawAttributes, text] of html.matchAll(SCRIPT)) {
    const attrs = attributes(rawAttributes);
    if (attrs.has('src') || !EXECUTABLE_TYPES.has((attrs.get('type') ?? '').trim().toLowerCase())) continue;
    // Browsers hash the text after the HTML parser has turned CR and CRLF into LF.
    if (allowed.has(scriptHash(text.replace(/\r\n?/g, '\n')))) continue;
    const start = text.trim().slice(0, 80);
    throw new Error(
      `${page}: an inline script the Content-Security-Policy does not allow: "${start}${text.trim().length > 80 ? '…' : ''}". Inline scripts must be constants in lib/site/inline-scripts.ts (then run npm run vercel-config).`,
    );
  }
}
