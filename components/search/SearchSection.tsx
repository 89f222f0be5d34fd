/**
 * Marks a page of a versioned docs section (Prometheus server, Alertmanager) as a search scope of
 * its own: Pagefind reads one filter per element, and the article already carries its area.
 */
export function SearchSection({ title }: { title: string }) {
  return <span hidden data-pagefind-filter={`section:${title}`} />;
}
