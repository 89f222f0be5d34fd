import type { ComponentPropsWithoutRef } from 'react';
import { CopyCodeButton } from './CopyCodeButton';

const LANGUAGE_NAMES: Record<string, string> = {
  text: 'Text', yaml: 'YAML', yml: 'YAML', json: 'JSON', go: 'Go', python: 'Python', py: 'Python',
  bash: 'Bash', sh: 'Shell', shell: 'Shell', console: 'Console', promql: 'PromQL', javascript: 'JavaScript',
  typescript: 'TypeScript', java: 'Java', dockerfile: 'Dockerfile', toml: 'TOML', ini: 'INI', http: 'HTTP',
};

/** A highlighted code block with its language and a copy button. */
export function CodeBlock({ children, ...props }: ComponentPropsWithoutRef<'pre'> & { 'data-language'?: string }) {
  const language = props['data-language'] ?? 'text';
  return (
    <div className="code-block">
      <div className="code-block-header" data-pagefind-ignore>
        <span className="code-block-language">{LANGUAGE_NAMES[language] ?? language}</span>
        <CopyCodeButton />
      </div>
      <pre {...props} tabIndex={0}>
        {children}
      </pre>
    </div>
  );
}
