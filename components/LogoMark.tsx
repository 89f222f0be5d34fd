/** Our own Prometheus mark: a flame over a torch base in a disc. Two variants, one per colour scheme. */
export function LogoMark({ variant, size = 32 }: { variant: 'light' | 'dark'; size?: number }) {
  const disc = variant === 'light' ? '#c2410c' : '#fb8a3c';
  const flame = variant === 'light' ? '#ffffff' : '#1b1b1b';
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" data-logo-variant={variant}>
      <circle cx="16" cy="16" r="15.5" fill={disc} />
      <path
        fill={flame}
        d="M16.4 5.2c3.9 4.2 6.6 7.8 5.6 12.2-.6 2.7-2.9 4.6-6 4.6-3.4 0-5.8-2.3-5.8-5.4 0-2.6 1.6-4.4 3.1-6.3.3 1.9 1 3.1 2.3 3.7.4-3 .9-5.6.8-8.8z"
      />
      <rect x="10.5" y="23.4" width="11" height="2.2" rx="1.1" fill={flame} />
    </svg>
  );
}
