import { visibleChildren, type NavSection } from '../../lib/content/docs-tree';
import { NavIcon } from './NavIcon';
import classes from './SectionIndex.module.css';

/** What a section holds: its pages and subsections with their descriptions. */
export function SectionIndex({ section }: { section: NavSection }) {
  const children = visibleChildren(section);
  if (children.length === 0) return null;
  return (
    <section aria-labelledby="section-index-title" className={classes.index} data-pagefind-ignore>
      <h2 id="section-index-title" className={classes.title}>
        Pages in this section
      </h2>
      <ul>
        {children.map((child) => {
          const description = child.kind === 'page' ? child.doc.description : child.index?.description;
          return (
            <li key={child.url}>
              <a href={child.url} className={classes.link}>
                {child.kind === 'section' && <NavIcon name={child.icon} />}
                {child.title}
              </a>
              {description && <p>{description}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
