import { Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './PageTitle.module.css';

/** A page's only h1: content pages, docs, blog lists and the 404 page. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Title order={1} className={classes.title}>
      {children}
    </Title>
  );
}
