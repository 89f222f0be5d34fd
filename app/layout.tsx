import '@fontsource-variable/inter';
// Code is set in one weight: the static 400 font is half the variable one's size.
import '@fontsource/jetbrains-mono/400.css';
// Mantine's base and only the components the site renders (styles.css is all ~150 of them).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Blockquote.css';
import '@mantine/core/styles/Burger.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Image.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Kbd.css';
import '@mantine/core/styles/List.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/ThemeIcon.css';
import '@mantine/core/styles/Title.css';
import './globals.css';

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AnnouncementBanner, AnnouncementScript } from '../components/AnnouncementBanner';
import { PreviewBanner } from '../components/PreviewBanner';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { BROWSER_SCRIPT } from '../lib/generated/browser-script';
import { COLOR_SCHEME_SCRIPT } from '../lib/inline-scripts';
import { FEED_LINKS, PREVIEW_ROBOTS } from '../lib/metadata';
import { siteConfig } from '../site.config';
import { Providers } from './providers';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: `${siteConfig.name} - Monitoring system & time series database`, template: `%s | ${siteConfig.name}` },
  description: siteConfig.description,
  icons: { icon: '/favicon.svg' },
  alternates: { types: FEED_LINKS },
  robots: PREVIEW_ROBOTS,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#242424' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // No scheme attribute in the HTML (unlike mantineHtmlProps): the colour-scheme script sets it
    // before paint, and without JavaScript the system setting applies (scripts/postbuild.ts).
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Sets data-mantine-color-scheme from the stored choice before first paint (allowed by hash in the CSP). */}
        <script dangerouslySetInnerHTML={{ __html: COLOR_SCHEME_SCRIPT }} />
        <AnnouncementScript />
        {/* The site's one script (lib/browser/): enhancements over complete server-rendered HTML. */}
        <script type="module" src={BROWSER_SCRIPT} />
        <noscript>
          <style>{'[data-requires-js]{display:none!important}'}</style>
        </noscript>
      </head>
      <body>
        <Providers>
          <a href="#main" className="skip-link">
            Skip to content
          </a>
          <PreviewBanner />
          <AnnouncementBanner />
          <SiteHeader />
          <main id="main" className="site-main">
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </body>
    </html>
  );
}
