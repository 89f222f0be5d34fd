import { siteConfig } from '../site.config';

export function SiteFooter() {
  return (
    <footer className="site-footer" data-pagefind-ignore>
      <div className="site-footer-inner">
        {siteConfig.footer.map((group) => (
          <nav key={group.title} aria-label={group.title} className="footer-group">
            <h2 className="footer-title">{group.title}</h2>
            <ul>
              {group.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        ))}
        <p className="footer-legal">
          © {new Date().getFullYear()} The Prometheus Authors. Prometheus is a Cloud Native Computing Foundation graduated project.
        </p>
      </div>
    </footer>
  );
}
