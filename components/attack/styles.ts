/** Class names shared by server and client components of the ATT&CK pages (a 'use client' module cannot export plain values to the server). */
export const buttonClass = 'inline-block rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100';
