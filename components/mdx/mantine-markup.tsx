import type { ComponentPropsWithoutRef, CSSProperties, ReactNode } from 'react';

// The markup (classes, CSS variables, data attributes) Mantine's components write for the body
// elements, as plain server elements: as client components they cost a Mantine render each, most
// of a long page's prerender, for HTML no script ever touches (pages ship no React runtime).
// mantine-markup.test.tsx renders each beside the Mantine component it stands for.

/** Custom properties, which React's CSSProperties does not type. */
type Vars = CSSProperties & Record<`--${string}`, string>;

const classes = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

// Mantine writes its variables, then the element's own style, then its style props (margin, width…), which win.

type HeadingProps = ComponentPropsWithoutRef<'h2'>;

/** Mantine's Title of `order`, with the class content headings carry. */
export function heading(order: 2 | 3 | 4 | 5 | 6) {
  const Tag = `h${order}` as const;
  const vars: Vars = {
    '--title-fw': `var(--mantine-h${order}-font-weight)`,
    '--title-lh': `var(--mantine-h${order}-line-height)`,
    '--title-fz': `var(--mantine-h${order}-font-size)`,
  };
  return function Heading({ className, style, ...props }: HeadingProps) {
    return (
      <Tag
        style={{ ...vars, ...style }}
        className={classes(className ?? 'content-heading', 'm_8a5d1357 mantine-Title-root')}
        data-order={order}
        {...props}
      />
    );
  };
}

/** Mantine's Anchor with `underline="always"`. */
export function AnchorMarkup({ className, children, ...props }: ComponentPropsWithoutRef<'a'>) {
  return (
    <a
      className={classes('mantine-focus-auto m_849cf0da', className, 'm_b6d8b162 mantine-Text-root mantine-Anchor-root')}
      data-underline="always"
      {...props}
    >
      {children}
    </a>
  );
}

export function VisuallyHiddenMarkup({ children }: { children: ReactNode }) {
  return <span className="m_515a97f8 mantine-VisuallyHidden-root">{children}</span>;
}

type ListProps = Omit<ComponentPropsWithoutRef<'ol'>, 'type'> & { ordered?: boolean; listStyleType?: string };

/** Mantine's List with `spacing={4} withPadding mb="md"`. */
export function ListMarkup({ ordered, listStyleType, className, style, ...props }: ListProps) {
  const Tag = ordered ? 'ol' : 'ul';
  const spacing: Vars = { '--list-spacing': 'calc(0.25rem * var(--mantine-scale))' };
  return (
    <Tag
      style={{ ...spacing, ...style, ...(listStyleType ? { listStyleType } : {}), marginBottom: 'var(--mantine-spacing-md)' }}
      className={classes(className, 'm_abbac491 mantine-List-root')}
      data-with-padding="true"
      data-type={listStyleType}
      {...props}
    />
  );
}

/**
 * Mantine's List.Item without the two wrappers it puts around the label (an inline-flex column and a
 * span): plain block layout looks the same, and a long reference page's lists were a fifth of its
 * elements through them.
 */
export function ListItemMarkup({ className, ...props }: ComponentPropsWithoutRef<'li'>) {
  return <li className={classes('m_abb6bec2 mantine-List-item', className)} {...props} />;
}

/** Mantine's Table parts inside `<Table striped withTableBorder withColumnBorders>` (components/mdx/ContentTable.tsx). */
export const TheadMarkup = ({ className, ...props }: ComponentPropsWithoutRef<'thead'>) => (
  <thead className={classes(className, 'm_b242d975 mantine-Table-thead')} {...props} />
);
export const TbodyMarkup = ({ className, ...props }: ComponentPropsWithoutRef<'tbody'>) => (
  <tbody className={classes(className, 'm_b2404537 mantine-Table-tbody')} {...props} />
);
export const TrMarkup = ({ className, ...props }: ComponentPropsWithoutRef<'tr'>) => (
  <tr className={classes(className, 'm_4e7aa4fd mantine-Table-tr')} data-with-row-border="true" data-striped="odd" {...props} />
);
export const ThMarkup = ({ className, style, ...props }: ComponentPropsWithoutRef<'th'>) => (
  <th style={style} className={classes(className, 'm_4e7aa4f3 mantine-Table-th')} data-with-column-border="true" {...props} />
);
export const TdMarkup = ({ className, style, ...props }: ComponentPropsWithoutRef<'td'>) => (
  <td style={style} className={classes(className, 'm_4e7aa4ef mantine-Table-td')} data-with-column-border="true" {...props} />
);

/** Mantine's `<Blockquote color="gray" p="md" my="md">`. */
export function BlockquoteMarkup({ className, style, ...props }: ComponentPropsWithoutRef<'blockquote'>) {
  const vars: Vars = {
    '--bq-bg-light': 'rgba(73, 80, 87, 0.07)',
    '--bq-bg-dark': 'rgba(52, 58, 64, 0.06)',
    '--bq-bd': 'var(--mantine-color-gray-filled)',
    '--bq-icon-size': 'calc(3rem * var(--mantine-scale))',
    '--bq-radius': 'var(--mantine-radius-default)',
  };
  return (
    <blockquote
      style={{ ...vars, ...style, marginBlock: 'var(--mantine-spacing-md)', padding: 'var(--mantine-spacing-md)' }}
      className={classes(className, 'm_ddec01c0 mantine-Blockquote-root')}
      color="gray"
      {...props}
    />
  );
}

/** Mantine's `<TableScrollContainer minWidth={480} my="md">` around `<Table striped withTableBorder withColumnBorders verticalSpacing="xs">`. */
export function TableMarkup({ className, style, ...props }: ComponentPropsWithoutRef<'table'>) {
  const container: Vars = {
    '--table-min-width': 'calc(30rem * var(--mantine-scale))',
    marginBlock: 'var(--mantine-spacing-md)',
    '--sa-corner-width': '0px',
    '--sa-corner-height': '0px',
  };
  const table: Vars = { '--table-vertical-spacing': 'var(--mantine-spacing-xs)' };
  return (
    <div
      style={container}
      className="m_a100c15 mantine-TableScrollContainer-scrollContainer m_d57069b5 mantine-ScrollArea-root"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling table must be reachable by keyboard (axe: scrollable-region-focusable)
      tabIndex={0}
    >
      <div
        style={{ overflowX: 'hidden', overflowY: 'hidden' }}
        className="m_c0783ff9 mantine-ScrollArea-viewport"
        data-offset-scrollbars="x"
        data-scrollbars="xy"
        data-scrollarea-viewport="true"
      >
        <div className="m_b1336c6 mantine-ScrollArea-content">
          <div className="m_62259741 mantine-TableScrollContainer-scrollContainerInner">
            <table
              style={{ ...table, ...style }}
              className={classes(className, 'm_b23fa0ef mantine-Table-table')}
              data-with-table-border="true"
              {...props}
            />
          </div>
        </div>
      </div>
    </div>
  );
}

/** Mantine's `<Image radius="sm" loading="lazy" my="md" maw="100%" w="auto">`. */
export function ImageMarkup({ className, style, alt, ...props }: ComponentPropsWithoutRef<'img'>) {
  const radius: Vars = { '--image-radius': 'var(--mantine-radius-sm)' };
  return (
    <img
      style={{ ...radius, ...style, marginBlock: 'var(--mantine-spacing-md)', width: 'auto', maxWidth: '100%' }}
      className={classes(className, 'm_9e117634 mantine-Image-root')}
      alt={alt}
      loading="lazy"
      {...props}
    />
  );
}

/** Mantine's `<ActionIcon variant="subtle" color="gray" size="sm">`. */
export function ActionIconMarkup({ className, children, ...props }: ComponentPropsWithoutRef<'button'>) {
  const vars: Vars = {
    '--ai-size': 'var(--ai-size-sm)',
    '--ai-bg': 'transparent',
    '--ai-hover': 'var(--mantine-color-gray-light-hover)',
    '--ai-color': 'var(--mantine-color-gray-light-color)',
    '--ai-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
  };
  return (
    <button
      style={vars}
      className={classes(
        'mantine-focus-auto mantine-active',
        className,
        'm_8d3f4000 mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root',
      )}
      data-variant="subtle"
      data-size="sm"
      type="button"
      {...props}
    >
      <span className="m_8d3afb97 mantine-ActionIcon-icon">{children}</span>
    </button>
  );
}
