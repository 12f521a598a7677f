import Link from 'next/link';
import { getCatalog } from '@/lib/catalog/load';

export default function Home() {
  const c = getCatalog();
  return (
    <div>
      <h1 className="text-2xl font-bold">Sigma detection rules</h1>
      <p className="mt-2 text-slate-700">
        {c.rules.length} rules from {c.roots.map((r) => r.name).join(', ')}, mapped to MITRE ATT&amp;CK v{c.attackVersion}.
      </p>
      <p className="mt-4">
        <Link href="/rules/" className="text-blue-800 underline">
          Browse all rules
        </Link>{' '}
        ·{' '}
        <Link href="/attack/" className="text-blue-800 underline">
          ATT&amp;CK techniques
        </Link>
      </p>
    </div>
  );
}
