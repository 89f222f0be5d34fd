import { Image } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

/** Images in content; raw HTML images marked `no-markdown-image-styles` keep their own styling. */
export function ContentImage({ alt, className, ...props }: ComponentPropsWithoutRef<'img'>) {
  if (className?.includes('no-markdown-image-styles')) {
    return <img alt={alt} className={className} {...props} />;
  }
  return <Image alt={alt} className={className} radius="sm" loading="lazy" my="md" maw="100%" w="auto" {...props} />;
}
