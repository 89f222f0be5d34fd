import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import segmented from './Segmented.module.css';
import classes from './ColorSchemeControl.module.css';

const OPTIONS = [
  { value: 'auto', label: 'Auto (system)', Icon: IconDeviceDesktop },
  { value: 'light', label: 'Light', Icon: IconSun },
  { value: 'dark', label: 'Dark', Icon: IconMoon },
] as const;

/**
 * Auto / light / dark as a segmented radio group. The site script checks the stored choice,
 * stores changes and applies them; the inline colour-scheme script
 * (lib/site/inline-scripts.ts) applies it before paint.
 * `name` keeps the header's and the phone menu's groups apart.
 */
export function ColorSchemeControl({ name, className }: { name: string; className?: string }) {
  return (
    <div
      role="radiogroup"
      aria-label="Colour scheme"
      className={className ? `${segmented.root} ${className}` : segmented.root}
      data-color-scheme-control
      data-requires-js
    >
      {OPTIONS.map(({ value, label, Icon }) => (
        <label key={value} className={`${segmented.option} ${classes.option}`} title={label}>
          <input type="radio" name={name} value={value} className={segmented.input} />
          <Icon size={16} aria-hidden />
          <span className="visually-hidden">{label}</span>
        </label>
      ))}
    </div>
  );
}
