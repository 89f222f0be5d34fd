import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Every route is prerendered into out/; any static host (or Vercel) serves it.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks once (tsc); in every build, preview builds included, it took a third of `next build`.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Prerender on every core: Next keeps one for itself by default, but it only waits here.
    cpus: availableParallelism(),
    // Writing Turbopack's build cache cost 26 s CPU and 250 MiB peak on the real corpus cold, and saved nothing on a rebuild.
    turbopackFileSystemCacheForBuild: false,
    // Mantine and Tabler export hundreds of modules from one entry; import only what is used.
    optimizePackageImports: ['@mantine/core', '@mantine/hooks', '@tabler/icons-react'],
  },
};

export default nextConfig;
