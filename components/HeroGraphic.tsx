import classes from './HeroGraphic.module.css';

/**
 * Our own hero artwork: a time series climbing past an alert threshold, with scrape points.
 * Colours come from CSS variables, so it follows the colour scheme without a second file.
 */
export function HeroGraphic() {
  const points: [number, number][] = [
    [20, 190],
    [60, 176],
    [100, 182],
    [140, 158],
    [180, 164],
    [220, 132],
    [260, 140],
    [300, 104],
    [340, 86],
    [380, 60],
  ];
  const line = points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(' ');
  return (
    <svg className={classes.graphic} viewBox="0 0 400 240" role="img" aria-labelledby="hero-graphic-title">
      <title id="hero-graphic-title">A time series rising past an alerting threshold</title>
      <rect x="0.5" y="0.5" width="399" height="239" rx="14" className={classes.frame} />
      {[60, 100, 140, 180].map((y) => (
        <line key={y} x1="20" x2="380" y1={y} y2={y} className={classes.grid} />
      ))}
      <line x1="20" x2="380" y1="96" y2="96" className={classes.threshold} />
      <text x="24" y="88" className={classes.label}>
        alert: HighErrorRate
      </text>
      <path d={`${line} L380 220 L20 220 Z`} className={classes.area} />
      <path d={line} className={classes.line} />
      {points.map(([x, y]) => (
        <circle key={x} cx={x} cy={y} r="3.5" className={y < 96 ? `${classes.point} ${classes.firing}` : classes.point} />
      ))}
      <text x="20" y="34" className={classes.query}>
        sum by (route) (rate(http_request_errors_total[5m]))
      </text>
    </svg>
  );
}
