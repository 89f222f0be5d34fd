import type { ComponentPropsWithoutRef } from 'react';
import classes from './ContentPage.module.css';

/** The reading column of a page of text: an <article> for content, a plain block for the 404 page. */
export function ContentPage({
  component: Tag = 'div',
  ...props
}: Omit<ComponentPropsWithoutRef<'div'>, 'className'> & { component?: 'article' | 'div' }) {
  return <Tag className={classes.page} {...props} />;
}
