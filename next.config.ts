import type { NextConfig } from 'next';

/** Static export; `BASE_PATH=/sigma` hosts the site under a sub-path (GitHub Pages). */
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

const config: NextConfig = {
  output: 'export',
  // EXPORT_DIR writes the export (and Next's build folder) elsewhere than `out`, e.g. the e2e site.
  distDir: process.env.EXPORT_DIR || undefined,
  trailingSlash: true,
  basePath: basePath || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
};

export default config;
