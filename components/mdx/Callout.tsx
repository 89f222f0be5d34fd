import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconBulb, IconExclamationCircle, IconInfoCircle, IconFlame } from '@tabler/icons-react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { CALLOUT_TYPES, type CalloutType } from '../../lib/markdown/callouts';
import classes from './Callout.module.css';

const STYLE: Record<CalloutType, { label: string; color: string; Icon: typeof IconInfoCircle }> = {
  note: { label: 'Note', color: 'blue', Icon: IconInfoCircle },
  tip: { label: 'Tip', color: 'teal', Icon: IconBulb },
  important: { label: 'Important', color: 'violet', Icon: IconExclamationCircle },
  warning: { label: 'Warning', color: 'yellow', Icon: IconAlertTriangle },
  caution: { label: 'Caution', color: 'red', Icon: IconFlame },
};

/** A highlighted aside: `NOTE:` paragraphs, GitHub alerts and `<Callout type="tip">` in MDX. */
export function Callout({ type = 'note', children }: { type?: string; children?: ReactNode }) {
  const kind = (CALLOUT_TYPES as readonly string[]).includes(type) ? (type as CalloutType) : 'note';
  const { label, color, Icon } = STYLE[kind];
  return (
    <Alert
      role="note"
      aria-label={label}
      title={label}
      color={color}
      variant="light"
      icon={<Icon aria-hidden />}
      my="md"
      className={classes.callout}
      data-callout-type={kind}
    >
      {children}
    </Alert>
  );
}

/** `<aside data-callout="tip">`, as the Markdown callout syntaxes produce it; other asides stay plain. */
export function CalloutAside({ children, ...props }: ComponentPropsWithoutRef<'aside'> & { 'data-callout'?: string }) {
  const type = props['data-callout'];
  if (!type) return <aside {...props}>{children}</aside>;
  return <Callout type={type}>{children}</Callout>;
}
