import type { ReactNode } from 'react';
import classes from './ContentBody.module.css';

/**
 * A rendered Markdown body (lib/markdown/render.tsx). `content-body` stays on it as a plain class:
 * the e2e tests and the export check find bodies by it.
 */
export function ContentBody({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={`content-body ${classes.body}${className ? ` ${className}` : ''}`}>{children}</div>;
}
