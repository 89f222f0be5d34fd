/**
 * Whether this build is a preview deploy (Vercel sets VERCEL_ENV to `preview` or `development`
 * outside production). Previews are never indexed; canonical URLs still name production.
 */
export function previewBranch(env: NodeJS.ProcessEnv = process.env): string | null {
  const target = env.VERCEL_ENV;
  if (!target || target === 'production') return null;
  return env.VERCEL_GIT_COMMIT_REF || 'this branch';
}
