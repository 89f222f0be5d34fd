import { Card, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One of the landing page's feature tiles. */
export function FeatureCard({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md" className="feature-card">
      <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
        {icon}
      </ThemeIcon>
      <Title order={3} fz="lg" mt="md" mb={6}>
        {title}
      </Title>
      <Text c="dimmed" fz="sm" lh={1.6}>
        {children}
      </Text>
    </Card>
  );
}
