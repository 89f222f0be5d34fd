// The queries the relevance benchmark (./search-relevance.ts) types into the search dialog, each
// with the result a Prometheus user expects first: what people look up in a reference (function
// names, configuration keys, API paths, flags), the words of an error, and how-to questions.
// `expect` with a #fragment must open at that section; without one, any section of the page counts.

export type RelevanceQuery = {
  /** What the visitor types. */
  query: string;
  /** The page (and section) that answers it, as a site path. */
  expect: string;
};

const P = '/docs/prometheus/latest';
const AM = '/docs/alerting/latest';

/** Against the real prometheus.io docs: prometheus/docs, and the latest Prometheus and Alertmanager docs. */
const real = [
  // PromQL functions, typed as a name or as the start of a call.
  { query: 'rate', expect: `${P}/querying/functions/#rate` },
  { query: 'rate(', expect: `${P}/querying/functions/#rate` },
  { query: 'irate', expect: `${P}/querying/functions/#irate` },
  { query: 'increase', expect: `${P}/querying/functions/#increase` },
  { query: 'histogram_quantile', expect: `${P}/querying/functions/#histogram_quantile` },
  { query: 'histogram_quan', expect: `${P}/querying/functions/#histogram_quantile` },
  { query: 'predict_linear', expect: `${P}/querying/functions/#predict_linear` },
  { query: 'label_replace', expect: `${P}/querying/functions/#label_replace` },
  { query: 'absent', expect: `${P}/querying/functions/#absent` },
  { query: 'delta', expect: `${P}/querying/functions/#delta` },
  { query: 'clamp_min', expect: `${P}/querying/functions/#clamp_min` },
  { query: 'sort_desc', expect: `${P}/querying/functions/#sort_desc` },
  { query: 'avg_over_time', expect: `${P}/querying/functions/#aggregation_over_time` },
  { query: 'quantile_over_time', expect: `${P}/querying/functions/#aggregation_over_time` },
  { query: 'timestamp()', expect: `${P}/querying/functions/#timestamp` },
  { query: 'resets', expect: `${P}/querying/functions/#resets` },
  // Operators and modifiers.
  { query: 'sum by', expect: `${P}/querying/operators/` },
  { query: 'topk', expect: `${P}/querying/operators/#topk-and-bottomk` },
  { query: 'count_values', expect: `${P}/querying/operators/#count_values` },
  { query: 'group_left', expect: `${P}/querying/operators/` },
  { query: 'ignoring', expect: `${P}/querying/operators/#vector-matching-keywords` },
  { query: 'unless', expect: `${P}/querying/operators/#logicalset-binary-operators` },
  { query: 'operator precedence', expect: `${P}/querying/operators/#binary-operator-precedence` },
  { query: 'offset', expect: `${P}/querying/basics/#offset-modifier` },
  { query: '@ modifier', expect: `${P}/querying/basics/` },
  { query: 'subquery', expect: `${P}/querying/basics/#subquery` },
  { query: 'range vector selector', expect: `${P}/querying/basics/#range-vector-selectors` },
  { query: 'staleness', expect: `${P}/querying/basics/#staleness` },
  { query: 'regex label matcher', expect: `${P}/querying/basics/` },
  // Configuration blocks and keys.
  { query: 'scrape_interval', expect: `${P}/configuration/configuration/` },
  { query: 'scrape_config', expect: `${P}/configuration/configuration/#scrape_config` },
  { query: 'relabel_config', expect: `${P}/configuration/configuration/#relabel_config` },
  { query: 'metric_relabel_configs', expect: `${P}/configuration/configuration/#metric_relabel_configs` },
  { query: 'kubernetes_sd_config', expect: `${P}/configuration/configuration/#kubernetes_sd_config` },
  { query: 'honor_labels', expect: `${P}/configuration/configuration/#scrape_config` },
  { query: 'static_configs', expect: `${P}/configuration/configuration/#static_config` },
  { query: 'file_sd_config', expect: `${P}/configuration/configuration/#file_sd_config` },
  { query: 'tls_config', expect: `${P}/configuration/configuration/#tls_config` },
  { query: 'external_labels', expect: `${P}/configuration/configuration/` },
  { query: 'consul service discovery', expect: `${P}/configuration/configuration/#consul_sd_config` },
  { query: 'labelmap', expect: `${P}/configuration/configuration/#relabel_config` },
  // The HTTP API.
  { query: 'query_range', expect: `${P}/querying/api/#range-queries` },
  { query: '/api/v1/query', expect: `${P}/querying/api/#instant-queries` },
  { query: '/api/v1/series', expect: `${P}/querying/api/#finding-series-by-label-matchers` },
  { query: 'delete series', expect: `${P}/querying/api/#delete-series` },
  { query: 'label values api', expect: `${P}/querying/api/#querying-label-values` },
  { query: '/-/reload', expect: `${P}/management_api/#reload` },
  // Command-line flags.
  // The storage page explains the retention flags; the command-line reference only lists them.
  { query: '--storage.tsdb.retention.time', expect: `${P}/storage/#operational-aspects` },
  { query: 'storage.tsdb.retention', expect: `${P}/storage/#operational-aspects` },
  { query: '--web.enable-lifecycle', expect: `${P}/command-line/prometheus/` },
  { query: 'enable-feature', expect: `${P}/feature_flags/` },
  // Alertmanager.
  { query: 'inhibit_rules', expect: `${AM}/configuration/#inhibit_rule` },
  { query: 'group_wait', expect: `${AM}/configuration/#route` },
  { query: 'repeat_interval', expect: `${AM}/configuration/#route` },
  { query: 'slack_config', expect: `${AM}/configuration/#slack_config` },
  { query: 'webhook_config', expect: `${AM}/configuration/#webhook_config` },
  { query: 'silences', expect: `${AM}/alertmanager/#silences` },
  { query: 'alertmanager high availability', expect: `${AM}/high_availability/` },
  { query: 'notification template', expect: `${AM}/notifications/` },
  // Concepts and how-to questions.
  { query: 'counter', expect: '/docs/concepts/metric_types/#counter' },
  { query: 'histogram vs summary', expect: '/docs/practices/histograms/' },
  { query: 'metric names', expect: '/docs/practices/naming/' },
  { query: 'when to use the pushgateway', expect: '/docs/practices/pushing/' },
  { query: 'recording rules', expect: `${P}/configuration/recording_rules/` },
  { query: 'alerting rules', expect: `${P}/configuration/alerting_rules/` },
  { query: 'federation', expect: `${P}/federation/` },
  { query: 'node exporter', expect: '/docs/guides/node-exporter/' },
  { query: 'exposition format', expect: '/docs/instrumenting/exposition_formats/' },
  { query: 'jobs and instances', expect: '/docs/concepts/jobs_instances/' },
  { query: 'unit testing rules', expect: `${P}/configuration/unit_testing_rules/` },
  { query: 'agent mode', expect: `${P}/prometheus_agent/` },
  { query: 'data model', expect: '/docs/concepts/data_model/' },
  { query: 'http_sd', expect: `${P}/http_sd/` },
  { query: 'tls encryption', expect: '/docs/guides/tls-encryption/' },
  { query: 'query log', expect: '/docs/guides/query-log/' },
  { query: 'template functions', expect: `${P}/configuration/template_reference/#functions` },
  // Questions only a blog post answers.
  { query: 'dreamhack', expect: '/blog/2015/06/24/monitoring-dreamhack/' },
  { query: 'varbit', expect: '/blog/2016/05/08/when-to-use-varbit-chunks/' },
] as const satisfies readonly RelevanceQuery[];

/** Against this repository's own content: its pages and posts, and the upstream fallback docs in upstream/fallback/. */
const site = [
  { query: 'rate', expect: `${P}/querying/functions/#rate` },
  { query: 'rate(', expect: `${P}/querying/functions/#rate` },
  { query: 'irate', expect: `${P}/querying/functions/#irate` },
  { query: 'increase', expect: `${P}/querying/functions/#increase` },
  { query: 'histogram_quantile', expect: `${P}/querying/functions/#histogram_quantile` },
  { query: 'histogram_quan', expect: `${P}/querying/functions/#histogram_quantile` },
  { query: 'predict_linear', expect: `${P}/querying/functions/#predict_linear` },
  { query: 'label_replace', expect: `${P}/querying/functions/#label_replace` },
  { query: 'absent', expect: `${P}/querying/functions/#absent` },
  { query: 'delta', expect: `${P}/querying/functions/#delta` },
  { query: 'sum by', expect: `${P}/querying/operators/` },
  { query: 'operator precedence', expect: `${P}/querying/operators/#operator-precedence` },
  { query: 'offset', expect: `${P}/querying/basics/#offset-modifier` },
  { query: 'subquery', expect: `${P}/querying/basics/#subqueries` },
  { query: 'staleness', expect: `${P}/querying/basics/#staleness` },
  { query: 'range vector selector', expect: `${P}/querying/basics/#range-vector-selectors` },
  { query: 'scrape_config', expect: `${P}/configuration/configuration/#scrape_config` },
  { query: 'relabel_config', expect: `${P}/configuration/configuration/#relabel_config` },
  { query: 'static_config', expect: `${P}/configuration/configuration/#static_config` },
  { query: 'tls_config', expect: `${P}/configuration/configuration/#tls_config` },
  { query: 'rule_files', expect: `${P}/configuration/configuration/#rule_files` },
  { query: 'honor_labels', expect: `${P}/configuration/configuration/#scrape_config` },
  { query: 'query_range', expect: `${P}/querying/api/#range-queries` },
  { query: '/api/v1/query', expect: `${P}/querying/api/#instant-queries` },
  { query: '--storage.tsdb.retention.time', expect: `${P}/storage/#retention` },
  { query: 'out of order samples', expect: `${P}/storage/#out-of-order-samples` },
  { query: 'federation', expect: `${P}/federation/` },
  { query: 'silences', expect: `${AM}/alertmanager/#silences` },
  { query: 'inhibition', expect: `${AM}/alertmanager/#inhibition` },
  { query: 'time intervals', expect: `${AM}/alertmanager/#time-intervals` },
  { query: 'counter', expect: '/docs/concepts/metric_types/#counter' },
  { query: 'metric names', expect: '/docs/practices/naming/' },
  { query: 'when to use the pushgateway', expect: '/docs/instrumenting/pushing/#when-to-use-the-pushgateway' },
  { query: 'exposition format', expect: '/docs/instrumenting/exposition_formats/' },
  { query: 'node exporter', expect: '/docs/guides/node-exporter/' },
  { query: 'basic auth', expect: '/docs/guides/basic-auth/' },
  { query: 'otlp', expect: `${P}/otlp/` },
  { query: 'governance', expect: '/governance/' },
  { query: 'Northgate', expect: '/blog/2025/03/05/interview-running-prometheus-at-a-hospital/' },
  { query: 'light and dark diagrams', expect: '/blog/2026/06/22/light-and-dark-diagrams/' },
] as const satisfies readonly RelevanceQuery[];

export const QUERY_SETS = { real, site } satisfies Record<string, readonly RelevanceQuery[]>;
