import { IconArrowUpRight } from '@tabler/icons-react';
import type { ComponentPropsWithoutRef } from 'react';
import { AnchorMarkup, VisuallyHiddenMarkup } from './mantine-markup';
import classes from './ContentLink.module.css';

/** A link in content; external ones (marked by the link resolver) carry a visible and a spoken marker. */
export function ContentLink({ children, className, ...props }: ComponentPropsWithoutRef<'a'> & { 'data-external'?: string }) {
  // A heading's self-link, and links the site makes in code (lib/markdown/reference-links.ts), which
  // their own stylesheets show: plain, without the Anchor's classes on each of hundreds of links.
  if (className?.includes('heading-anchor') || className?.includes('code-link')) {
    return (
      <a className={className} {...props}>
        {children}
      </a>
    );
  }
  const external = props['data-external'] === 'true';
  return (
    // Always underlined: in running text a link must not rely on colour alone (WCAG 1.4.1).
    <AnchorMarkup className={className} {...props}>
      {children}
      {external && (
        <>
          <IconArrowUpRight size="0.9em" aria-hidden className={classes.externalMarker} />
          <VisuallyHiddenMarkup>(external link)</VisuallyHiddenMarkup>
        </>
      )}
    </AnchorMarkup>
  );
}
