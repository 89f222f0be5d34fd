import type { ComponentPropsWithoutRef } from 'react';
import { ImageMarkup } from './mantine-markup';

/** Images in content; raw HTML images marked `no-markdown-image-styles` keep their own styling. */
export function ContentImage({ alt, className, ...props }: ComponentPropsWithoutRef<'img'>) {
  if (className?.includes('no-markdown-image-styles')) {
    return <img alt={alt} className={className} {...props} />;
  }
  return <ImageMarkup alt={alt} className={className} {...props} />;
}
