import { ActionIcon } from '@mantine/core';
import { IconBrandGithub } from '@tabler/icons-react';
import { siteConfig } from '../site.config';
import { ColorSchemeControl } from './ColorSchemeControl';
import { HeaderNav } from './HeaderNav';
import { MobileMenu } from './MobileMenu';
import { SiteLogo } from './SiteLogo';
import { SearchTrigger } from './search/SearchTrigger';

export function SiteHeader() {
  return (
    <header className="site-header" data-pagefind-ignore>
      <div className="site-header-inner">
        <SiteLogo />
        <nav aria-label="Main" className="desktop-nav">
          <HeaderNav links={siteConfig.nav} className="header-nav" />
        </nav>
        <div className="header-actions">
          <SearchTrigger />
          <ColorSchemeControl name="color-scheme" />
          <ActionIcon component="a" href={siteConfig.githubOrgUrl} variant="subtle" color="gray" size="lg" aria-label="Prometheus on GitHub">
            <IconBrandGithub size={20} aria-hidden />
          </ActionIcon>
          <MobileMenu links={siteConfig.nav} />
        </div>
      </div>
    </header>
  );
}
