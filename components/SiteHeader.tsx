import { ActionIcon } from '@mantine/core';
import { IconBrandGithub } from '@tabler/icons-react';
import { siteConfig } from '../site.config';
import { ColorSchemeControl } from './ColorSchemeControl';
import { HeaderNav } from './HeaderNav';
import { MobileMenu } from './MobileMenu';
import { SiteLogo } from './SiteLogo';
import { SearchTrigger } from './search/SearchTrigger';
import classes from './SiteHeader.module.css';

export function SiteHeader() {
  return (
    <header className={classes.header} data-pagefind-ignore>
      <div className={classes.inner}>
        <SiteLogo />
        {/* `desktop-nav`: e2e/mobile.spec.ts finds the bar's nav by it. */}
        <nav aria-label="Main" className={`desktop-nav ${classes.desktopNav}`}>
          <HeaderNav links={siteConfig.nav} />
        </nav>
        <div className={classes.actions}>
          <SearchTrigger />
          <ColorSchemeControl name="color-scheme" className={classes.colorScheme} />
          <ActionIcon
            component="a"
            href={siteConfig.githubOrgUrl}
            variant="subtle"
            color="gray"
            size="lg"
            aria-label="Prometheus on GitHub"
          >
            <IconBrandGithub size={20} aria-hidden />
          </ActionIcon>
          <MobileMenu links={siteConfig.nav} />
        </div>
      </div>
    </header>
  );
}
