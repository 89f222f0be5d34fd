import type { ComponentPropsWithoutRef } from 'react';
import { CopyCodeButton } from './CopyCodeButton';
import classes from './CodeBlock.module.css';

const LANGUAGE_NAMES: Record<string, string> = {
  text: 'Text',
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  go: 'Go',
  python: 'Python',
  py: 'Python',
  bash: 'Bash',
  sh: 'Shell',
  shell: 'Shell',
  console: 'Console',
  promql: 'PromQL',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  java: 'Java',
  dockerfile: 'Dockerfile',
  toml: 'TOML',
  ini: 'INI',
  http: 'HTTP',
};

/** A highlighted code block with its language and a copy button. */
export function CodeBlock({ children, ...props }: ComponentPropsWithoutRef<'pre'> & { 'data-language'?: string }) {
  const language = props['data-language'] ?? 'text';
  return (
    // `code-block` and `code-block-language`: lib/browser/copy.ts and the e2e tests find blocks by them.
    <div className={`code-block ${classes.block}`}>
      <div className={classes.header} data-pagefind-ignore>
        <span className="code-block-language">{LANGUAGE_NAMES[language] ?? language}</span>
        <CopyCodeButton />
      </div>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling block must be reachable by keyboard (axe: scrollable-region-focusable) */}
      <pre {...props} tabIndex={0}>
        {children}
      </pre>
    </div>
  );
}
