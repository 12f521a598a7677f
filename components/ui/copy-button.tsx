'use client';

import { useState } from 'react';

/**
 * Copies a text to the clipboard: the current page's permalink (`permalink`), the text of an element
 * (`fromElement`, so the text is not sent twice in the page), or a given `text`.
 */
export function CopyButton({ label, text, fromElement, permalink }: { label: string; text?: string; fromElement?: string; permalink?: string }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    const value = permalink ? new URL(permalink, window.location.href).href : fromElement ? (document.getElementById(fromElement)?.textContent ?? '') : (text ?? '');
    await navigator.clipboard.writeText(value);
    setDone(true);
    setTimeout(() => setDone(false), 1500);
  };
  return (
    <button type="button" onClick={copy} className="rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 hover:bg-slate-100">
      <span aria-live="polite">{done ? 'Copied' : label}</span>
    </button>
  );
}

/** Saves the text of an element as a file (the rule YAML), without sending the text twice. */
export function DownloadButton({ label, fromElement, filename }: { label: string; fromElement: string; filename: string }) {
  const save = () => {
    const text = document.getElementById(fromElement)?.textContent ?? '';
    const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <button type="button" onClick={save} className="rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 hover:bg-slate-100">
      {label}
    </button>
  );
}
