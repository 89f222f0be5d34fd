import { Badge } from '@mantine/core';
import type { Provider } from 'contentlayer/generated';
import classes from './ProviderList.module.css';

const OFFER_LABELS: Record<string, string> = {
  support: 'Support',
  consulting: 'Consulting',
  training: 'Training',
  'managed-service': 'Managed service',
};

/** Providers from content/support/*.yaml: logo (light and dark variants) or name, what they offer, and a link. */
export function ProviderList({ providers }: { providers: Provider[] }) {
  return (
    <ul className={classes.list}>
      {providers.map((provider) => (
        <li key={provider.slug} id={provider.slug} className={classes.provider}>
          <h3 className={classes.name}>
            {provider.logo ? (
              <>
                {/* Both variants are in the HTML; Mantine's scheme classes show one. */}
                <img src={provider.logo} alt={provider.name} className={`${classes.logo} mantine-dark-hidden`} />
                <img src={provider.logo_dark ?? provider.logo} alt={provider.name} className={`${classes.logo} mantine-light-hidden`} />
              </>
            ) : (
              provider.name
            )}
          </h3>
          <p>{provider.description}</p>
          <div className={classes.footer}>
            <span className={classes.offers}>
              {provider.offers.map((offer) => (
                <Badge key={offer} variant="light" color="gray" size="sm">
                  {OFFER_LABELS[offer] ?? offer}
                </Badge>
              ))}
            </span>
            <a href={provider.url} rel="noopener noreferrer" className={classes.link}>
              Visit {provider.name}
            </a>
          </div>
        </li>
      ))}
    </ul>
  );
}
