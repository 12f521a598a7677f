import { SiteLink as Link } from '@/components/ui/site-link';

export default function NotFound() {
  return (
    <div>
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">
        This page does not exist. <Link href="/rules/" prefetch={false} className="text-blue-800 underline">Browse the rules</Link>.
      </p>
    </div>
  );
}
