import { Box } from '@mantine/core';
import { siteConfig } from '../site.config';
import { LogoMark } from './LogoMark';
import classes from './SiteLogo.module.css';

/**
 * The header logo. Both variants are in the HTML; Mantine's light/dark-hidden classes,
 * keyed on the attribute the colour-scheme script sets before paint, show one: no flash, no JS.
 */
export function SiteLogo() {
  return (
    <a href="/" className={classes.logo} aria-label={`${siteConfig.name} home`}>
      <Box component="span" darkHidden className={classes.mark} data-testid="logo-light">
        <LogoMark variant="light" />
      </Box>
      <Box component="span" lightHidden className={classes.mark} data-testid="logo-dark">
        <LogoMark variant="dark" />
      </Box>
      <span className="site-logo-text">{siteConfig.name}</span>
    </a>
  );
}
