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
import localFont from 'next/font/local';
import type { ReactNode } from 'react';
import { AnnouncementBanner, AnnouncementScript } from '../components/AnnouncementBanner';
import { PreviewBanner } from '../components/PreviewBanner';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { BROWSER_SCRIPT } from '../lib/generated/browser-script';
import { COLOR_SCHEME_SCRIPT } from '../lib/site/inline-scripts';
import { FEED_LINKS, PREVIEW_ROBOTS } from '../lib/site/metadata';
import { siteConfig } from '../site.config';
import { Providers } from './providers';
import classes from './layout.module.css';

// The fontsource files (copied into app/fonts/ by scripts/build/fonts.ts), served by next/font so that
// the latin ones are preloaded. `optional`: a font
// that misses the first render is not swapped in later, which would move the text; the page keeps
// the metric-matched fallback of globals.css, and the next page has the font from the cache.
// Latin-ext (fontsource's range) loads only for pages that use it; other scripts use the fallback.
// next/font reads its options at build time: literals only. Code is set in one weight: the static
// 400 font is half the variable one's size.
const inter = localFont({
  src: './fonts/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'optional',
  adjustFontFallback: false,
  variable: '--font-inter',
});
const interExt = localFont({
  src: './fonts/inter-latin-ext-wght-normal.woff2',
  weight: '100 900',
  display: 'optional',
  adjustFontFallback: false,
  preload: false,
  variable: '--font-inter-ext',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
});
const jetBrainsMono = localFont({
  src: './fonts/jetbrains-mono-latin-400-normal.woff2',
  weight: '400',
  display: 'optional',
  adjustFontFallback: false,
  variable: '--font-mono',
});
const jetBrainsMonoExt = localFont({
  src: './fonts/jetbrains-mono-latin-ext-400-normal.woff2',
  weight: '400',
  display: 'optional',
  adjustFontFallback: false,
  preload: false,
  variable: '--font-mono-ext',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
});

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
    // before paint, and without JavaScript the system setting applies (scripts/build/postbuild.ts).
    <html
      lang="en"
      className={`${inter.variable} ${interExt.variable} ${jetBrainsMono.variable} ${jetBrainsMonoExt.variable}`}
      suppressHydrationWarning
    >
      <head>
        {/* Sets data-mantine-color-scheme from the stored choice before first paint (allowed by hash in the CSP). */}
        <script dangerouslySetInnerHTML={{ __html: COLOR_SCHEME_SCRIPT }} />
        <AnnouncementScript />
        {/* The site's one script (lib/browser/): enhancements over complete server-rendered HTML. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it never blocks the parser */}
        <script type="module" src={BROWSER_SCRIPT} />
        <noscript>
          <style>{'[data-requires-js]{display:none!important}'}</style>
        </noscript>
      </head>
      <body>
        <Providers>
          <a href="#main" className={classes.skipLink}>
            Skip to content
          </a>
          <PreviewBanner />
          <AnnouncementBanner />
          <SiteHeader />
          <main id="main" className={classes.main}>
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </body>
    </html>
  );
}
