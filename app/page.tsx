import { Button, SimpleGrid, Text, Title } from '@mantine/core';
import { IconBell, IconChartDots3, IconDatabase, IconPlugConnected, IconRadar2, IconSearch } from '@tabler/icons-react';
import type { Metadata } from 'next';
import { FeatureCard } from '../components/FeatureCard';
import { pageMetadata } from '../lib/site/metadata';
import { siteConfig } from '../site.config';
import { HeroGraphic } from '../components/HeroGraphic';
import classes from './page.module.css';

const TITLE = 'Prometheus - Monitoring system & time series database';

export const metadata: Metadata = {
  ...pageMetadata({ title: TITLE, description: siteConfig.description, canonical: '/' }),
  title: { absolute: TITLE },
};

const STEPS = [
  {
    title: 'Collect',
    text: 'Prometheus pulls metrics over HTTP from your services and exporters at a fixed interval, and finds targets through service discovery.',
  },
  { title: 'Store', text: 'Samples land in a local time series database built for fast appends and compressed, label-indexed reads.' },
  { title: 'Query', text: 'PromQL slices and aggregates those series by their labels, for dashboards, ad-hoc debugging and the HTTP API.' },
  {
    title: 'Alert',
    text: 'Alerting rules run PromQL on a schedule; the Alertmanager groups, silences and routes what fires to the right people.',
  },
];

export default function HomePage() {
  return (
    <>
      <section className={classes.hero}>
        <div className={classes.heroInner}>
          <div className="hero-text">
            <Text className={classes.kicker}>Open source · CNCF graduated</Text>
            <Title order={1} className={classes.title}>
              Metrics and alerting for systems that never sit still
            </Title>
            <Text className={classes.lead}>
              Prometheus records numbers from your infrastructure and applications as labelled time series, lets you ask questions of them
              with PromQL, and tells you when something needs attention.
            </Text>
            <div className={classes.actions}>
              <Button component="a" href="/docs/" size="md">
                Get started
              </Button>
              <Button component="a" href="/download/" size="md" variant="default">
                Download
              </Button>
            </div>
          </div>
          <HeroGraphic />
        </div>
      </section>

      <section className={classes.section} aria-labelledby="how-it-works">
        <Title order={2} id="how-it-works" className={classes.sectionTitle}>
          How it works
        </Title>
        <ol className={classes.steps}>
          {STEPS.map((step, i) => (
            <li key={step.title}>
              <span className={classes.stepNumber} aria-hidden>
                {i + 1}
              </span>
              <Title order={3} fz="lg">
                {step.title}
              </Title>
              <Text c="dimmed" fz="sm" lh={1.6}>
                {step.text}
              </Text>
            </li>
          ))}
        </ol>
      </section>

      <section className={classes.section} aria-labelledby="features">
        <Title order={2} id="features" className={classes.sectionTitle}>
          Why teams choose Prometheus
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
          <FeatureCard icon={<IconChartDots3 size={22} />} title="Dimensional data">
            Every series is a metric name plus key-value labels, so one metric covers every instance, route and status code you run.
          </FeatureCard>
          <FeatureCard icon={<IconSearch size={22} />} title="A query language built for it">
            PromQL computes rates, ratios, percentiles and predictions across thousands of series in a single expression.
          </FeatureCard>
          <FeatureCard icon={<IconBell size={22} />} title="Alerts you can reason about">
            Alerts are PromQL expressions with a duration and labels. The Alertmanager deduplicates and routes them to chat, pager or email.
          </FeatureCard>
          <FeatureCard icon={<IconDatabase size={22} />} title="Simple to operate">
            One static binary per server, local storage, no clustering to babysit. Each server works on its own, even when the network does
            not.
          </FeatureCard>
          <FeatureCard icon={<IconRadar2 size={22} />} title="Finds its targets">
            Kubernetes, cloud APIs, DNS, Consul or a plain file: service discovery keeps the list of what to scrape current.
          </FeatureCard>
          <FeatureCard icon={<IconPlugConnected size={22} />} title="A large ecosystem">
            Client libraries for the main languages and hundreds of exporters for databases, hardware, queues and more.
          </FeatureCard>
        </SimpleGrid>
      </section>

      <section className={classes.section} aria-labelledby="cta">
        <Title order={2} id="cta" className={classes.sectionTitle}>
          Running in minutes
        </Title>
        <Text mb="lg" maw="38rem">
          Download a release, point it at a target, and open the expression browser on port 9090. The first steps guide walks through it.
        </Text>
        <div className={classes.actions}>
          <Button component="a" href="/docs/" size="md">
            Read the documentation
          </Button>
          <Button component="a" href="/community/" size="md" variant="default">
            Join the community
          </Button>
        </div>
      </section>
    </>
  );
}
