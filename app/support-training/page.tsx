import { Title } from '@mantine/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentArticle } from '../../components/ContentArticle';
import { ProviderList } from '../../components/ProviderList';
import { findPage, providers } from '../../lib/collections/collections';
import { pageMetadata } from '../../lib/site/metadata';
import classes from './page.module.css';

const page = findPage('support-training');

export const metadata: Metadata = page
  ? pageMetadata({ title: page.title, description: page.summary || undefined, canonical: page.url })
  : {};

/** The Support & Training text (content/pages/support-training.md) followed by the providers (content/support/*.yaml). */
export default function SupportTrainingPage() {
  if (!page) notFound();
  return (
    <ContentArticle doc={page} title={page.title} area="Other">
      <section aria-labelledby="providers" className="providers">
        <Title order={2} id="providers" className={classes.providersTitle}>
          Providers
        </Title>
        <p className={classes.note}>
          Listed alphabetically by file name; a listing is not an endorsement. To add one, open a pull request with a file in
          content/support/.
        </p>
        <ProviderList providers={providers} />
      </section>
    </ContentArticle>
  );
}
