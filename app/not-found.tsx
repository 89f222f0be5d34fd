import { Button, Text, Title } from '@mantine/core';

export default function NotFound() {
  return (
    <div className="content-page not-found">
      <Text c="dimmed" fw={600}>
        404
      </Text>
      <Title order={1} className="content-page-title">
        Page not found
      </Title>
      <Text mb="lg">This page does not exist, or it has moved. The documentation and the blog are good places to start.</Text>
      <div className="not-found-actions">
        <Button component="a" href="/docs/">
          Read the docs
        </Button>
        <Button component="a" href="/" variant="default">
          Home page
        </Button>
      </div>
    </div>
  );
}
