import { Text } from '@mantine/core';
import type { DocAuthor } from 'contentlayer/generated';

/** One author as shown: the name, then role and organization when given. */
function authorLabel({ name, role, organization }: Pick<DocAuthor, 'name' | 'role' | 'organization'>): string {
  const details = [role, organization].filter(Boolean).join(', ');
  return details ? `${name} (${details})` : name;
}

/** A specification's authors under its title: "Authors: Ada Editor (editor, Example Labs), Bo Writer". */
export function DocAuthors({ authors }: { authors: Pick<DocAuthor, 'name' | 'role' | 'organization'>[] }) {
  if (authors.length === 0) return null;
  return (
    <Text component="p" c="dimmed" size="sm" mb="lg" className="doc-authors">
      {authors.length === 1 ? 'Author' : 'Authors'}: {authors.map(authorLabel).join(', ')}
    </Text>
  );
}
