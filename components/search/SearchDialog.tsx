import { Kbd, Loader } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { ModalDialog } from '../ModalDialog';
import segmented from '../Segmented.module.css';
import { siteConfig } from '../../site.config';
import { SEARCH_AREAS } from './searchAttributes';
import classes from './SearchDialog.module.css';

const SECTIONS = siteConfig.docsSources.map((source) => ({ value: `section:${source.title}`, label: source.title }));
const AREAS = [
  { value: 'All', label: 'All' },
  ...SEARCH_AREAS.flatMap((value) => [{ value, label: value === 'Other' ? 'Other pages' : value }, ...(value === 'Docs' ? SECTIONS : [])]),
];

/**
 * The search dialog, closed until opened. lib/browser/search.ts loads Pagefind on the first
 * query and fills the listbox with results grouped by page.
 */
export function SearchDialog() {
  return (
    <ModalDialog id="search-dialog" title="Search" closeLabel="Close search" className={classes.dialog}>
      <div className={classes.inputWrapper}>
        <IconSearch size={18} aria-hidden className={classes.inputIcon} />
        <input
          type="search"
          className={classes.input}
          placeholder="Search the docs, blog and more"
          role="combobox"
          aria-label="Search the site"
          aria-expanded="false"
          aria-controls="search-results"
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <span className={classes.loader} data-search-loading hidden>
          <Loader size="xs" aria-hidden />
        </span>
      </div>
      <div role="radiogroup" aria-label="Show results from" className={`${segmented.root} ${classes.areas}`}>
        {AREAS.map(({ value, label }) => (
          <label key={value} className={`${segmented.option} ${classes.area}`}>
            <input type="radio" name="search-area" value={value} defaultChecked={value === 'All'} className={segmented.input} />
            {label}
          </label>
        ))}
      </div>
      <div aria-live="polite" className="visually-hidden" />
      {/* `search-results`: e2e/attacks.spec.ts checks what the script put in it. */}
      <div id="search-results" role="listbox" aria-label="Search results" className={`search-results ${classes.results}`} />
      <p className={classes.empty} data-search-empty hidden />
      <p className={classes.help} aria-hidden>
        <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> to move · <Kbd size="xs">Enter</Kbd> to open · <Kbd size="xs">Esc</Kbd> to close
      </p>
    </ModalDialog>
  );
}
