import { siteConfig } from '../site.config';
import classes from './SiteFooter.module.css';

export function SiteFooter() {
  return (
    <footer className={classes.footer} data-pagefind-ignore>
      <div className={classes.inner}>
        {siteConfig.footer.map((group) => (
          <nav key={group.title} aria-label={group.title} className={classes.group}>
            <h2 className={classes.title}>{group.title}</h2>
            <ul>
              {group.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        ))}
        <p className={classes.legal}>
          © {new Date().getFullYear()} The Prometheus Authors. Prometheus is a Cloud Native Computing Foundation graduated project.
        </p>
      </div>
    </footer>
  );
}
