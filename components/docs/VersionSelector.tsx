import { IconCheck, IconChevronDown } from '@tabler/icons-react';

export type VersionOption = { id: string; href: string; current: boolean; latest: boolean; lts: boolean; prerelease: boolean };

function Labels({ option }: { option: VersionOption }) {
  return (
    <>
      {option.latest && <span className="version-badge">latest</span>}
      {option.lts && <span className="version-badge">LTS</span>}
      {option.prerelease && <span className="version-badge">pre-release</span>}
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
    <details className="version-selector">
      <summary className="version-selector-button">
        <span className="version-selector-label">
          {product} {current.id} <Labels option={current} />
          <span className="visually-hidden">, change version</span>
        </span>
        <IconChevronDown size={14} aria-hidden className="version-selector-chevron" />
      </summary>
      <nav aria-label={`${product} versions`} className="version-selector-menu">
        <ul>
          {options.map((option) => (
            <li key={option.id}>
              <a href={option.href} aria-current={option.current ? 'page' : undefined} className="version-selector-item">
                {option.current ? <IconCheck size={14} aria-hidden /> : <span className="version-selector-spacer" />}
                <span className="version-selector-label">
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
