import type { Metadata } from 'next';
import Link from 'next/link';
import { getAttackData } from '@/lib/catalog/attack/data';
import { rulesForTechnique } from '@/lib/catalog/load';
import { pageMetadata } from '@/lib/site/metadata';
import { techniqueHref } from '@/lib/site/urls';

export const metadata: Metadata = pageMetadata('/attack/', 'ATT&CK coverage', 'Sigma rules per MITRE ATT&CK technique.');

export default function AttackPage() {
  const data = getAttackData();
  const techniques = data.content.techniques.filter((t) => !t.revoked && !t.parent);
  return (
    <div>
      <h1 className="text-2xl font-bold">ATT&amp;CK v{data.version} techniques</h1>
      <ul className="mt-4 columns-1 gap-6 text-sm md:columns-2">
        {techniques.map((t) => (
          <li key={t.id}>
            <Link href={techniqueHref(t.id)} className="text-blue-800 hover:underline">
              {t.id} {t.name}
            </Link>{' '}
            ({rulesForTechnique(t.id).length})
          </li>
        ))}
      </ul>
    </div>
  );
}
