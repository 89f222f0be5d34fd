'use client';

import { Kbd, Loader, Modal, SegmentedControl, TextInput, VisuallyHidden } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { groupResults, loadPagefind, type SearchGroup } from '../../lib/search/pagefind';
import { SEARCH_AREAS } from './searchAttributes';

type Status = { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; query: string; groups: SearchGroup[] } | { kind: 'error' };

const ALL = 'All';

/** The search dialog: Pagefind loads when it first opens; results are grouped by page. */
export default function SearchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [area, setArea] = useState<string>(ALL);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [active, setActive] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const term = query.trim();
    const ticket = ++latest.current;
    if (!term) {
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus((s) => (s.kind === 'done' ? s : { kind: 'loading' }));
    const timer = window.setTimeout(async () => {
      try {
        const pagefind = await loadPagefind();
        const search = await pagefind.search(term, area === ALL ? {} : { filters: { area } });
        const pages = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
        // A slower, older query must not overwrite a newer one.
        if (ticket !== latest.current) return;
        setStatus({ kind: 'done', query: term, groups: groupResults(pages) });
        setActive(0);
      } catch {
        if (ticket === latest.current) setStatus({ kind: 'error' });
      }
    }, 120);
    return () => window.clearTimeout(timer);
  }, [query, area]);

  const hits = useMemo(() => (status.kind === 'done' ? status.groups.flatMap((g) => g.hits) : []), [status]);
  const activeHit = hits[active];

  useEffect(() => {
    if (activeHit) document.getElementById(activeHit.id)?.scrollIntoView({ block: 'nearest' });
  }, [activeHit]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!hits.length) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && activeHit) {
      event.preventDefault();
      onClose();
      window.location.assign(activeHit.url);
    }
  };

  const announcement =
    status.kind === 'loading'
      ? 'Searching…'
      : status.kind === 'error'
        ? 'Search is not available right now.'
        : status.kind === 'done'
          ? hits.length
            ? `${status.groups.length} page${status.groups.length === 1 ? '' : 's'} found. Use the arrow keys to move through the results.`
            : `No results for ${status.query}.`
          : '';

  return (
    <Modal opened={opened} onClose={onClose} title="Search" size="lg" yOffset="8vh" classNames={{ body: 'search-body' }} transitionProps={{ duration: 100 }}>
      <TextInput
        data-autofocus
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        placeholder="Search the docs, blog and more"
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={status.kind === 'loading' ? <Loader size="xs" aria-hidden /> : null}
        size="md"
        role="combobox"
        aria-label="Search the site"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={activeHit?.id}
      />
      <SegmentedControl
        mt="sm"
        size="xs"
        fullWidth
        value={area}
        onChange={setArea}
        aria-label="Show results from"
        data={[ALL, ...SEARCH_AREAS].map((value) => ({ value, label: value === 'Other' ? 'Other pages' : value }))}
      />
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      <div id="search-results" role="listbox" aria-label="Search results" className="search-results">
        {status.kind === 'done' &&
          status.groups.map((group) => (
            <div key={group.url} role="group" aria-label={group.title} className="search-group">
              <div className="search-group-title" aria-hidden>
                {group.breadcrumb && <span className="search-breadcrumb">{group.breadcrumb} › </span>}
                {group.title}
              </div>
              {group.hits.map((hit) => (
                <a
                  key={hit.id}
                  id={hit.id}
                  href={hit.url}
                  role="option"
                  aria-selected={hit === activeHit}
                  className="search-hit"
                  onClick={onClose}
                  onMouseMove={() => setActive(hits.indexOf(hit))}
                >
                  <span className="search-hit-title">{hit.title}</span>
                  {/* Pagefind escapes the page text and adds only <mark> around matches. */}
                  <span className="search-hit-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
                </a>
              ))}
            </div>
          ))}
      </div>
      {status.kind === 'done' && hits.length === 0 && (
        <p className="search-empty">
          No results for “{status.query}”{area !== ALL ? ` in ${area === 'Other' ? 'other pages' : area}` : ''}. Try other or fewer words
          {area !== ALL ? ', or search everything' : ''}.
        </p>
      )}
      {status.kind === 'error' && <p className="search-empty">Search is not available right now. The index is built with the site (npm run build).</p>}
      <p className="search-help" aria-hidden>
        <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> to move · <Kbd size="xs">Enter</Kbd> to open · <Kbd size="xs">Esc</Kbd> to close
      </p>
    </Modal>
  );
}
