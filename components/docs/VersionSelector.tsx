import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import classes from './VersionSelector.module.css';

export type VersionOption = { id: string; href: string; current: boolean; latest: boolean; lts: boolean; prerelease: boolean };

function Labels({ option }: { option: VersionOption }) {
  return (
    <>
      {option.latest && <span className={classes.badge}>latest</span>}
      {option.lts && <span className={classes.badge}>LTS</span>}
      {option.prerelease && <span className={classes.badge}>pre-release</span>}
    </>
  );
}

/**
 * Switches between the versions of a versioned docs section: a disclosure with one link per
 * version, so it works without JavaScript. Targets are computed on the server: the same page
 * in the other version when it exists, else that version's index.
 */
export function VersionSelector({ product, options }: { product: string; options: VersionOption[] }) {
  const current = options.find((option) => option.current) ?? options[0];
  return (
    <details className={classes.selector}>
      {/* `version-selector-button` and `-item`: the e2e tests open the selector and tell its links from the nav's by them. */}
      <summary className={`version-selector-button ${classes.button}`}>
        <span className={classes.label}>
          {product} {current.id} <Labels option={current} />
          <span className="visually-hidden">, change version</span>
        </span>
        <IconChevronDown size={14} aria-hidden className={classes.chevron} />
      </summary>
      <nav aria-label={`${product} versions`} className={classes.menu}>
        <ul>
          {options.map((option) => (
            <li key={option.id}>
              <a href={option.href} aria-current={option.current ? 'page' : undefined} className={`version-selector-item ${classes.item}`}>
                {option.current ? <IconCheck size={14} aria-hidden /> : <span className={classes.spacer} />}
                <span className={classes.label}>
                  {option.id} <Labels option={option} />
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
