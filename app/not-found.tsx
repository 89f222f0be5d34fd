import { Button, Text } from '@mantine/core';
import { ContentPage } from '../components/ContentPage';
import { PageTitle } from '../components/PageTitle';
import classes from './not-found.module.css';

export default function NotFound() {
  return (
    <ContentPage>
      <Text c="dimmed" fw={600}>
        404
      </Text>
      <PageTitle>Page not found</PageTitle>
      <Text mb="lg">This page does not exist, or it has moved. The documentation and the blog are good places to start.</Text>
      <div className={classes.actions}>
        <Button component="a" href="/docs/">
          Read the docs
        </Button>
        <Button component="a" href="/" variant="default">
          Home page
        </Button>
      </div>
    </ContentPage>
  );
}
