const LEVEL: Record<string, string> = {
  critical: 'bg-red-800 text-white',
  high: 'bg-orange-700 text-white',
  medium: 'bg-amber-200 text-amber-950',
  low: 'bg-sky-100 text-sky-900',
  informational: 'bg-slate-100 text-slate-800',
};

export function Badge({ children, tone = 'bg-slate-100 text-slate-800' }: { children: React.ReactNode; tone?: string }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${tone}`}>{children}</span>;
}

export function LevelBadge({ level }: { level: string | null }) {
  if (!level) return null;
  return <Badge tone={LEVEL[level] ?? undefined}>{level}</Badge>;
}
